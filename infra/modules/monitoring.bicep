// Log Analytics workspace and workspace-based Application Insights.

@description('Lower-case base name used in every resource name.')
param resourceBaseName string

@description('Azure region.')
param location string

@description('Tags put on every resource.')
param tags object

@description('Days Log Analytics keeps logs.')
param retentionInDays int = 30

resource workspace 'Microsoft.OperationalInsights/workspaces@2022-10-01' = {
  name: 'log-${resourceBaseName}'
  location: location
  tags: tags
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: retentionInDays
  }
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: 'appi-${resourceBaseName}'
  location: location
  tags: tags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: workspace.id
  }
}

output workspaceId string = workspace.id
output appInsightsName string = appInsights.name
// Not a secret (it only allows sending telemetry), so it may pass through deployment outputs.
output connectionString string = appInsights.properties.ConnectionString
