// The whole ContestServerless system on Azure, for `azd up`: a resource group holding storage, the Function App
// (Flex Consumption, managed identity, no keys), Static Web Apps (Standard) with the Function App as its linked
// backend, Application Insights with Log Analytics, and Key Vault for secrets.
targetScope = 'subscription'

@minLength(1)
@maxLength(40)
@description('Name of the azd environment; names the resource group and seeds resource names.')
param environmentName string

@minLength(1)
@description('Region for everything but the Static Web App: one where the Flex Consumption plan runs (the list of Microsoft\'s Flex azd sample, functions-quickstart-dotnet-azd; `az functionapp list-flexconsumption-locations` gives today\'s). Southeast Asia or East Asia is closest to Viet Nam.')
@allowed([
  'australiaeast'
  'centralindia'
  'centralus'
  'eastasia'
  'eastus'
  'eastus2'
  'francecentral'
  'germanywestcentral'
  'northcentralus'
  'northeurope'
  'southcentralus'
  'southeastasia'
  'swedencentral'
  'uksouth'
  'westcentralus'
  'westeurope'
  'westus2'
])
@metadata({ azd: { type: 'location' } })
param location string

@description('Region of the Static Web App (the service runs in few regions; East Asia is closest to Viet Nam).')
@allowed(['eastasia', 'westeurope', 'centralus', 'eastus2', 'westus2'])
param staticWebAppLocation string = 'eastasia'

@description('Address the contest e-mails come from (a sender verified in SendGrid).')
param senderEmail string

@description('Display name of the sender.')
param senderName string = 'Ban Tổ chức cuộc thi'

@description('E-mail addresses (separated by ";") that are always organizers: the first people who can sign in.')
param organizerEmails string

@description('E-mail addresses (separated by ";") the alerts go to; empty: the organizers in organizerEmails.')
param alertEmails string = ''

@description('Client id of the Microsoft Entra ID app registration people sign in with.')
param entraClientId string = ''

@secure()
@description('SendGrid API key. Leave empty to keep the secret already in Key Vault.')
param sendGridApiKey string = ''

@secure()
@description('Client secret of the Entra ID app registration. Leave empty to keep the secret already in Key Vault.')
param entraClientSecret string = ''

@secure()
@description('Key that signs the units\' personal links (base64, 32+ bytes). Leave empty to keep the one in Key Vault.')
param unitLinkSigningKey string = ''

@description('When the reminder run fires: an NCRONTAB expression with seconds, in UTC (Linux plans ignore WEBSITE_TIME_ZONE). 01:00 UTC is 08:00 in Viet Nam, when offices open.')
param reminderSchedule string = '0 0 1 * * *'

@description('SendGrid checks every e-mail but delivers none: for a trial environment that must not write to real units.')
param sendGridSandboxMode bool = false

@description('SendGrid Event Webhook verification key (Mail Settings, Signed Event Webhook): base64 of its ECDSA public key. Not a secret. Empty refuses every delivery event, so the message log stays at "sent".')
param sendGridWebhookPublicKey string = ''

@description('Extra origins allowed to upload to Blob storage (a custom domain of the site), e.g. https://cuocthi.soctrang.gov.vn')
param extraSiteOrigins array = []

@description('Key Vault purge protection. Off, `azd down --purge` frees the vault\'s name so the environment can be provisioned again at once; on (recommended once the contest runs for real), a deleted vault and its secrets can be recovered for 90 days but its name cannot be reused meanwhile, and it can never be turned off again.')
param keyVaultPurgeProtection bool = false

@description('Most instances the Functions app may scale out to: the lowest the Flex Consumption plan allows by default, which caps the cost; a province\'s contest never needs more.')
@minValue(40)
@maxValue(1000)
param maximumInstanceCount int = 40

@description('Days each daily backup of the tables stays immutable in the backups container (no one, not even the app or an owner, can change or delete it until then). Lengthen it freely; shortening it is refused by Azure while the policy is locked, and it is left unlocked so that a deployment can still change it.')
@minValue(1)
@maxValue(146000)
param backupRetentionDays int = 35

@description('Object id of whoever runs the deployment; may manage Key Vault secrets (azd fills it in).')
param principalId string = ''

var tags = { 'azd-env-name': environmentName }

resource resourceGroup 'Microsoft.Resources/resourceGroups@2024-03-01' = {
  name: 'rg-${environmentName}'
  location: location
  tags: tags
}

module resources 'resources.bicep' = {
  name: 'resources'
  scope: resourceGroup
  params: {
    environmentName: environmentName
    location: location
    staticWebAppLocation: staticWebAppLocation
    senderEmail: senderEmail
    senderName: senderName
    organizerEmails: organizerEmails
    alertEmails: alertEmails
    entraClientId: entraClientId
    sendGridApiKey: sendGridApiKey
    entraClientSecret: entraClientSecret
    unitLinkSigningKey: unitLinkSigningKey
    reminderSchedule: reminderSchedule
    sendGridSandboxMode: sendGridSandboxMode
    sendGridWebhookPublicKey: sendGridWebhookPublicKey
    extraSiteOrigins: extraSiteOrigins
    keyVaultPurgeProtection: keyVaultPurgeProtection
    maximumInstanceCount: maximumInstanceCount
    backupRetentionDays: backupRetentionDays
    principalId: principalId
    tags: tags
  }
}

output AZURE_LOCATION string = location
output AZURE_TENANT_ID string = tenant().tenantId
output AZURE_RESOURCE_GROUP string = resourceGroup.name
output SITE_URL string = resources.outputs.siteUrl
output FUNCTION_APP_NAME string = resources.outputs.functionAppName
output FUNCTION_APP_URL string = resources.outputs.functionAppUrl
output STORAGE_ACCOUNT_NAME string = resources.outputs.storageAccountName
output KEY_VAULT_NAME string = resources.outputs.keyVaultName
