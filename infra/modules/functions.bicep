// The Functions app: .NET 10 isolated worker on the Flex Consumption plan. It reaches storage, Application
// Insights and Key Vault with its user-assigned managed identity; no connection string or key is stored.
param name string
param location string
param tags object
param identityId string
param identityClientId string
param storageAccountName string
param deploymentContainerName string
param applicationInsightsConnectionString string
param sendGridApiKeySecretUri string
param unitLinkSigningKeySecretUri string
param senderEmail string
param senderName string
param organizerEmails string
param sendGridSandboxMode bool

@description('SendGrid Event Webhook verification key (base64 ECDSA public key); not a secret.')
param sendGridWebhookPublicKey string

@description('NCRONTAB schedule (with seconds, UTC) of the SendReminders timer.')
param reminderSchedule string

@description('The public site\'s https address, which the reminder e-mails link to.')
param siteUrl string

@description('Instances the app may scale out to.')
@minValue(40)
@maxValue(1000)
param maximumInstanceCount int

@allowed([2048, 4096])
param instanceMemoryMB int = 2048

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {
  name: storageAccountName
}

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: 'plan-${name}'
  location: location
  tags: tags
  kind: 'functionapp'
  sku: { tier: 'FlexConsumption', name: 'FC1' }
  properties: { reserved: true }
}

resource app 'Microsoft.Web/sites@2024-04-01' = {
  name: name
  location: location
  tags: tags
  kind: 'functionapp,linux'
  identity: { type: 'UserAssigned', userAssignedIdentities: { '${identityId}': {} } }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    keyVaultReferenceIdentity: identityId
    siteConfig: { minTlsVersion: '1.2' }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${storage.properties.primaryEndpoints.blob}${deploymentContainerName}'
          authentication: { type: 'UserAssignedIdentity', userAssignedIdentityResourceId: identityId }
        }
      }
      scaleAndConcurrency: { maximumInstanceCount: maximumInstanceCount, instanceMemoryMB: instanceMemoryMB }
      runtime: { name: 'dotnet-isolated', version: '10.0' }
    }
  }

  // Every setting the code reads; tests/…/Deployment/DeploymentSettingsTests checks this list against the code.
  resource settings 'config' = {
    name: 'appsettings'
    properties: {
      // The Functions host's own storage, identity-based.
      AzureWebJobsStorage__credential: 'managedidentity'
      AzureWebJobsStorage__clientId: identityClientId
      AzureWebJobsStorage__blobServiceUri: storage.properties.primaryEndpoints.blob
      AzureWebJobsStorage__queueServiceUri: storage.properties.primaryEndpoints.queue
      AzureWebJobsStorage__tableServiceUri: storage.properties.primaryEndpoints.table
      APPLICATIONINSIGHTS_CONNECTION_STRING: applicationInsightsConnectionString
      APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'ClientId=${identityClientId};Authorization=AAD'
      // The app's storage (StorageOptions), also the queue trigger's "Storage" connection.
      Storage__BlobServiceUri: storage.properties.primaryEndpoints.blob
      Storage__TableServiceUri: storage.properties.primaryEndpoints.table
      Storage__QueueServiceUri: storage.properties.primaryEndpoints.queue
      Storage__ClientId: identityClientId
      Storage__credential: 'managedidentity'
      // E-mail (SendGridOptions); the key stays in Key Vault.
      SendGrid__ApiKey: '@Microsoft.KeyVault(SecretUri=${sendGridApiKeySecretUri})'
      SendGrid__FromEmail: senderEmail
      SendGrid__FromName: senderName
      SendGrid__SandboxMode: sendGridSandboxMode ? 'true' : 'false'
      SendGrid__WebhookPublicKey: sendGridWebhookPublicKey
      // The units' personal links (UnitLinkOptions): the HMAC key stays in Key Vault.
      UnitLink__SigningKey: '@Microsoft.KeyVault(SecretUri=${unitLinkSigningKeySecretUri})'
      // Staff (StaffOptions): the first organizers.
      Staff__InitialOrganizers: organizerEmails
      // Reminders (ReminderOptions, section "Reminder"): the e-mails link to the units' portal and the organizers'
      // page on the public site. The timer's schedule is a flat setting: the host resolves %REMINDER_SCHEDULE% in
      // the trigger, and binding expressions cannot name a nested Section__Key setting reliably.
      Reminder__SiteUrl: siteUrl
      REMINDER_SCHEDULE: reminderSchedule
    }
  }
}

output id string = app.id
output name string = app.name
output url string = 'https://${app.properties.defaultHostName}'
