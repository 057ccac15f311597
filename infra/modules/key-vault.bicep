// Key Vault with Azure RBAC (no access policies). Holds the secrets the web app reads through
// Key Vault references, and sends its audit log to Log Analytics.

@description('Globally unique vault name (3-24 characters).')
param name string

@description('Azure region.')
param location string

@description('Tags put on every resource.')
param tags object

@description('Log Analytics workspace for the audit log.')
param workspaceId string

@description('Client secret of the Entra app for tab SSO (on-behalf-of flow); empty = not stored.')
@secure()
param entraClientSecret string = ''

@description('Purge protection cannot be switched off again; turn it on for production.')
param enablePurgeProtection bool = false

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: tenant().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    enablePurgeProtection: enablePurgeProtection ? true : null
    publicNetworkAccess: 'Enabled'
  }
}

resource entraSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(entraClientSecret)) {
  parent: vault
  name: 'entra-client-secret'
  properties: {
    value: entraClientSecret
    contentType: 'text/plain'
  }
}

resource audit 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  scope: vault
  name: 'audit-to-log-analytics'
  properties: {
    workspaceId: workspaceId
    logs: [
      {
        category: 'AuditEvent'
        enabled: true
      }
    ]
  }
}

output name string = vault.name
output entraClientSecretName string = empty(entraClientSecret) ? '' : 'entra-client-secret'
