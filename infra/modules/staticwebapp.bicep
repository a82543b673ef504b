// The public site and the organizers' pages (web/), with the platform's sign-in. Standard plan: needed for a
// linked backend, custom authentication and the roles source.
param name string
param location string
param tags object

resource site 'Microsoft.Web/staticSites@2023-12-01' = {
  name: name
  location: location
  tags: tags
  sku: { name: 'Standard', tier: 'Standard' }
  identity: { type: 'SystemAssigned' }
  properties: {}
}

output name string = site.name
output defaultHostname string = site.properties.defaultHostname
output principalId string = site.identity.principalId
