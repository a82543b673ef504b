// Entries, their files and the app's own state. Shared keys are off: everything, the Functions host included,
// signs in with a managed identity, and browsers get user-delegation SAS links for single blobs.
param name string
param location string
param tags object

@description('Origins whose pages upload straight to Blob storage (the site).')
param siteOrigins array

@description('Days each daily backup of the tables stays immutable (the backups container\'s time-based retention).')
param backupRetentionDays int = 35

// Names the code uses (StorageOptions, ContestTables, ContestQueues); a test checks they agree.
var containers = ['entries', 'exports', 'catalogue', 'documents']
var deploymentContainerName = 'app-package'
// The daily backups of every table (StorageOptions.BackupsContainer, BlobTableBackups): deployment-wide, so not a contest's.
var backupsContainerName = 'backups'
var tables = ['Units', 'Entries', 'EntryIds', 'Staff', 'Audit', 'BulkDownloads', 'Reminders', 'Abuse', 'Judging', 'Results', 'Privacy', 'Messages', 'Contests', 'Templates', 'Broadcasts']
var queues = ['bulk-downloads', 'bulk-downloads-poison', 'receipt-emails', 'receipt-emails-poison', 'catalogue-changes', 'catalogue-changes-poison', 'broadcasts', 'broadcasts-poison', 'anthologies', 'anthologies-poison']

resource account 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: name
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: { name: 'Standard_ZRS' }
  properties: {
    accessTier: 'Hot'
    allowBlobPublicAccess: false
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    publicNetworkAccess: 'Enabled'
  }
}

resource blobs 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {
  parent: account
  name: 'default'
  properties: {
    // A deleted or overwritten entry file can be recovered (uploads land in entries directly, so this covers
    // every received file from its first byte).
    isVersioningEnabled: true
    deleteRetentionPolicy: { enabled: true, days: 30 }
    containerDeleteRetentionPolicy: { enabled: true, days: 30 }
    cors: {
      corsRules: [
        {
          allowedOrigins: siteOrigins
          allowedMethods: ['PUT', 'OPTIONS']
          allowedHeaders: ['content-type', 'x-ms-blob-type', 'x-ms-version', 'x-ms-client-request-id']
          exposedHeaders: ['x-ms-request-id', 'x-ms-error-code']
          maxAgeInSeconds: 3600
        }
      ]
    }
  }
}

resource blobContainers 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = [for container in concat(containers, [deploymentContainerName]): {
  parent: blobs
  name: container
  properties: { publicAccess: 'None' }
}]

resource backupsContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
  parent: blobs
  name: backupsContainerName
  properties: { publicAccess: 'None' }
}

// Time-based retention (WORM): for backupRetentionDays after it is written, no backup file can be overwritten or
// deleted, by the app, a bug, a stolen identity or an owner, so a bad day cannot take its backups with it. Left unlocked
// so a later deployment can still change the days (a locked policy can only be lengthened, and the container then never
// deleted while it holds a file); lock it in the portal once the contest runs for real. Versioning and soft delete
// (above) cover the blobs once their retention ends.
resource backupsImmutability 'Microsoft.Storage/storageAccounts/blobServices/containers/immutabilityPolicies@2023-05-01' = {
  parent: backupsContainer
  name: 'default'
  properties: {
    immutabilityPeriodSinceCreationInDays: backupRetentionDays
    allowProtectedAppendWrites: false
  }
}

resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2023-05-01' = {
  parent: account
  name: 'default'
}

resource contestTables 'Microsoft.Storage/storageAccounts/tableServices/tables@2023-05-01' = [for table in tables: {
  parent: tableService
  name: table
}]

resource queueService 'Microsoft.Storage/storageAccounts/queueServices@2023-05-01' = {
  parent: account
  name: 'default'
}

resource contestQueues 'Microsoft.Storage/storageAccounts/queueServices/queues@2023-05-01' = [for queue in queues: {
  parent: queueService
  name: queue
}]

// No rule touches entries: browsers upload straight into an entry's own blob, where it stays once received, and
// the ClearAbandonedEntries function deletes what was never submitted, entry and file together.
resource lifecycle 'Microsoft.Storage/storageAccounts/managementPolicies@2023-05-01' = {
  parent: account
  name: 'default'
  properties: {
    policy: {
      rules: [
        {
          // Bulk-download ZIPs can be rebuilt at any time.
          name: 'clear-old-exports'
          enabled: true
          type: 'Lifecycle'
          definition: {
            filters: { blobTypes: ['blockBlob'], prefixMatch: ['exports/'] }
            actions: {
              baseBlob: { delete: { daysAfterModificationGreaterThan: 7 } }
              version: { delete: { daysAfterCreationGreaterThan: 7 } }
            }
          }
        }
      ]
    }
  }
  dependsOn: [blobContainers]
}

output name string = account.name
output deploymentContainerName string = deploymentContainerName
output backupsContainerName string = backupsContainerName
