// The site's app settings (the Entra ID registration of web/staticwebapp.config.json) and its linked backend.
param siteName string
param functionAppId string
param functionAppLocation string
param entraClientId string
param entraClientSecretUri string

resource site 'Microsoft.Web/staticSites@2023-12-01' existing = {
  name: siteName
}

resource settings 'Microsoft.Web/staticSites/config@2023-12-01' = {
  parent: site
  name: 'appsettings'
  properties: {
    AZURE_CLIENT_ID: entraClientId
    AZURE_CLIENT_SECRET: '@Microsoft.KeyVault(SecretUri=${entraClientSecretUri})'
  }
}

// Linking gives the Function App an identity provider that admits only this site, which is why the functions
// may trust the x-ms-client-principal header (see README, "Organizers: sign-in, roles and who is trusted").
resource backend 'Microsoft.Web/staticSites/linkedBackends@2023-12-01' = {
  parent: site
  name: 'backend'
  properties: {
    backendResourceId: functionAppId
    region: functionAppLocation
  }
}
