// Everything inside the resource group. Modules hold one concern each; this file wires them together.
param environmentName string
param location string
param staticWebAppLocation string
param senderEmail string
param senderName string
param organizerEmails string
param alertEmails string
param entraClientId string
@secure()
param sendGridApiKey string
@secure()
param entraClientSecret string
@secure()
param unitLinkSigningKey string
param reminderSchedule string
param sendGridSandboxMode bool
param sendGridWebhookPublicKey string
param extraSiteOrigins array
param keyVaultPurgeProtection bool
param maximumInstanceCount int
param backupRetentionDays int
param principalId string
param tags object

var token = toLower(uniqueString(subscription().id, environmentName, location))

// The public site's address, for azd (SITE_URL) and for the links in the reminder e-mails. The Function App may
// take it: the site does not depend on the Function App, only its linked backend does (staticwebapp-settings).
var siteUrl = 'https://${site.outputs.defaultHostname}'

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: 'id-${token}'
  location: location
  tags: tags
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    name: token
    location: location
    tags: tags
  }
}

module site 'modules/staticwebapp.bicep' = {
  name: 'staticwebapp'
  params: {
    name: 'stapp-${token}'
    location: staticWebAppLocation
    tags: union(tags, { 'azd-service-name': 'web' })
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    name: 'st${token}'
    location: location
    tags: tags
    siteOrigins: union([siteUrl], extraSiteOrigins)
    backupRetentionDays: backupRetentionDays
  }
}

module vault 'modules/keyvault.bicep' = {
  name: 'keyvault'
  params: {
    name: 'kv-${token}'
    location: location
    tags: tags
    sendGridApiKey: sendGridApiKey
    entraClientSecret: entraClientSecret
    unitLinkSigningKey: unitLinkSigningKey
    purgeProtection: keyVaultPurgeProtection
  }
}

// After its roles are granted: an app that starts before them fails its first storage and Key Vault calls.
module functions 'modules/functions.bicep' = {
  name: 'functions'
  dependsOn: [access]
  params: {
    name: 'func-${token}'
    location: location
    tags: union(tags, { 'azd-service-name': 'api' })
    identityId: identity.id
    identityClientId: identity.properties.clientId
    storageAccountName: storage.outputs.name
    deploymentContainerName: storage.outputs.deploymentContainerName
    applicationInsightsConnectionString: monitoring.outputs.applicationInsightsConnectionString
    sendGridApiKeySecretUri: vault.outputs.sendGridApiKeySecretUri
    unitLinkSigningKeySecretUri: vault.outputs.unitLinkSigningKeySecretUri
    senderEmail: senderEmail
    senderName: senderName
    organizerEmails: organizerEmails
    sendGridSandboxMode: sendGridSandboxMode
    sendGridWebhookPublicKey: sendGridWebhookPublicKey
    reminderSchedule: reminderSchedule
    siteUrl: siteUrl
    maximumInstanceCount: maximumInstanceCount
  }
}

module access 'modules/access.bicep' = {
  name: 'access'
  params: {
    appPrincipalId: identity.properties.principalId
    sitePrincipalId: site.outputs.principalId
    deployerPrincipalId: principalId
    storageAccountName: storage.outputs.name
    keyVaultName: vault.outputs.name
    applicationInsightsName: monitoring.outputs.applicationInsightsName
  }
}

// Alerts e-mailed to the organizers unless other addresses are given (e.g. the province's IT service).
module alerts 'modules/alerts.bicep' = {
  name: 'alerts'
  params: {
    name: token
    tags: tags
    emails: filter(map(split(empty(alertEmails) ? organizerEmails : alertEmails, ';'), email => trim(email)), email => !empty(email))
    applicationInsightsName: monitoring.outputs.applicationInsightsName
    storageAccountName: storage.outputs.name
  }
}

// Sign-in settings of the site; the secret is read from Key Vault with the site's own identity.
module siteSettings 'modules/staticwebapp-settings.bicep' = {
  name: 'staticwebapp-settings'
  dependsOn: [access]
  params: {
    siteName: site.outputs.name
    functionAppId: functions.outputs.id
    functionAppLocation: location
    entraClientId: entraClientId
    entraClientSecretUri: vault.outputs.entraClientSecretUri
  }
}

output siteUrl string = siteUrl
output functionAppName string = functions.outputs.name
output functionAppUrl string = functions.outputs.url
output storageAccountName string = storage.outputs.name
output keyVaultName string = vault.outputs.name
