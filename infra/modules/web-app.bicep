// Linux App Service plan and the Node 22 LTS web app that hosts the bot (/api/messages), the
// tab's REST API and the built tab. Two identities: the system-assigned one reads Cosmos DB and
// Key Vault; the user-assigned one is the bot's identity (Azure Bot accepts only user-assigned).
// App settings are applied separately (app-settings.bicep), after the role assignments exist.

@description('Globally unique web app name; also the host name <name>.azurewebsites.net.')
param name string

@description('Azure region.')
param location string

@description('Tags put on every resource.')
param tags object

@description('App Service plan SKU (B1 or higher: Always On needs it).')
param skuName string = 'B1'

@description('Resource id of the user-assigned identity the bot authenticates as.')
param botIdentityId string

@description('Command App Service runs to start the server.')
param startupCommand string

@description('Log Analytics workspace for HTTP, console and platform logs.')
param workspaceId string

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: 'plan-${name}'
  location: location
  tags: tags
  kind: 'linux'
  sku: {
    name: skuName
  }
  properties: {
    reserved: true
  }
}

resource site 'Microsoft.Web/sites@2023-12-01' = {
  name: name
  location: location
  tags: tags
  kind: 'app,linux'
  identity: {
    type: 'SystemAssigned, UserAssigned'
    userAssignedIdentities: {
      '${botIdentityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false
    keyVaultReferenceIdentity: 'SystemAssigned'
    siteConfig: {
      linuxFxVersion: 'NODE|22-lts'
      appCommandLine: startupCommand
      alwaysOn: true
      http20Enabled: true
      ftpsState: 'Disabled'
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
    }
  }
}

// FTP basic auth off. SCM (Kudu) basic auth stays on: the toolkit's zip deploy may use it.
resource ftpBasicAuth 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2023-12-01' = {
  parent: site
  name: 'ftp'
  properties: {
    allow: false
  }
}

resource logs 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  scope: site
  name: 'logs-to-log-analytics'
  properties: {
    workspaceId: workspaceId
    logs: [
      {
        category: 'AppServiceHTTPLogs'
        enabled: true
      }
      {
        category: 'AppServiceConsoleLogs'
        enabled: true
      }
      {
        category: 'AppServicePlatformLogs'
        enabled: true
      }
    ]
  }
}

output name string = site.name
output id string = site.id
output hostName string = site.properties.defaultHostName
output principalId string = site.identity.principalId
