// Gives one principal Cosmos DB Built-in Data Contributor (data plane: read and write items,
// no control plane) on the Introteam database only.

@description('Name of the existing Cosmos DB account.')
param accountName string

@description('Name of the database the role is scoped to.')
param databaseName string

@description('Object (principal) id of the managed identity that gets access.')
param principalId string

var dataContributorRoleId = '00000000-0000-0000-0000-000000000002'

resource account 'Microsoft.DocumentDB/databaseAccounts@2024-05-15' existing = {
  name: accountName
}

resource assignment 'Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments@2024-05-15' = {
  parent: account
  name: guid(account.id, databaseName, principalId, dataContributorRoleId)
  properties: {
    roleDefinitionId: '${account.id}/sqlRoleDefinitions/${dataContributorRoleId}'
    principalId: principalId
    scope: '${account.id}/dbs/${databaseName}'
  }
}
