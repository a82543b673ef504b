// Secrets, read by the Function App and the site through Key Vault references with their managed identities.
// A secret left empty here is not touched, so a value set by hand (az keyvault secret set) survives redeploys.
param name string
param location string
param tags object

@secure()
param sendGridApiKey string

@secure()
param entraClientSecret string

@secure()
param unitLinkSigningKey string

@description('Purge protection: once on, it stays on, and the name cannot be reused for 90 days after deletion.')
param purgeProtection bool

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: tenant().tenantId
    sku: { family: 'A', name: 'standard' }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    // ARM refuses false once true; null leaves it off without that refusal.
    enablePurgeProtection: purgeProtection ? true : null
  }
}

resource sendGridSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(sendGridApiKey)) {
  parent: vault
  name: 'sendgrid-api-key'
  properties: { value: sendGridApiKey }
}

resource entraSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(entraClientSecret)) {
  parent: vault
  name: 'entra-client-secret'
  properties: { value: entraClientSecret }
}

resource unitLinkSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(unitLinkSigningKey)) {
  parent: vault
  name: 'unit-link-signing-key'
  properties: { value: unitLinkSigningKey }
}

output name string = vault.name
output sendGridApiKeySecretUri string = '${vault.properties.vaultUri}secrets/sendgrid-api-key'
output unitLinkSigningKeySecretUri string = '${vault.properties.vaultUri}secrets/unit-link-signing-key'
output entraClientSecretUri string = '${vault.properties.vaultUri}secrets/entra-client-secret'
