// Azure Cosmos DB for NoSQL, serverless, Entra-only (no keys): database `introteam` with one
// container per kind of data, all partitioned on /tenantId.

@description('Globally unique, lower-case account name (3-44 characters).')
param accountName string

@description('Azure region.')
param location string

@description('Tags put on every resource.')
param tags object

@description('Name of the database.')
param databaseName string = 'introteam'

// perItemTtl: TTL switched on without a default (-1), so retention can expire single documents
// (`ttl` on the document) while documents without `ttl` live on.
var containers = [
  {
    name: 'core'
    perItemTtl: false
  }
  {
    name: 'personal-data'
    perItemTtl: true
  }
  {
    name: 'audit'
    perItemTtl: true
  }
  {
    name: 'outbox'
    perItemTtl: true
  }
]

resource account 'Microsoft.DocumentDB/databaseAccounts@2024-05-15' = {
  name: accountName
  location: location
  tags: tags
  kind: 'GlobalDocumentDB'
  properties: {
    databaseAccountOfferType: 'Standard'
    locations: [
      {
        locationName: location
        failoverPriority: 0
        isZoneRedundant: false
      }
    ]
    capabilities: [
      {
        name: 'EnableServerless'
      }
    ]
    consistencyPolicy: {
      defaultConsistencyLevel: 'Session'
    }
    disableLocalAuth: true
    disableKeyBasedMetadataWriteAccess: true
    minimalTlsVersion: 'Tls12'
    publicNetworkAccess: 'Enabled'
  }
}

resource database 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases@2024-05-15' = {
  parent: account
  name: databaseName
  properties: {
    resource: {
      id: databaseName
    }
  }
}

resource container 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers@2024-05-15' = [for c in containers: {
  parent: database
  name: c.name
  properties: {
    resource: union({
      id: c.name
      partitionKey: {
        paths: [
          '/tenantId'
        ]
        kind: 'Hash'
        version: 2
      }
    }, c.perItemTtl ? {
      defaultTtl: -1
    } : {})
  }
}]

output accountName string = account.name
output endpoint string = account.properties.documentEndpoint
output databaseName string = database.name
