// Introteam on Azure: one Linux web app (bot + tab API + tab), Azure Bot with the Teams channel,
// Cosmos DB for NoSQL (serverless, Entra-only), Key Vault (RBAC), Application Insights and
// Log Analytics. Deployed by Teams Toolkit (teamsapp.yml, arm/deploy); the outputs are written
// to env/.env.<env> and fill the app package placeholders.

@description('Lower-case base name for every resource, e.g. introteam-dev.')
@minLength(3)
@maxLength(20)
param resourceBaseName string

@description('Azure region of every regional resource.')
param location string = resourceGroup().location

@description('Client id of the Entra app registration for tab SSO (aadApp/create).')
param entraClientId string

@description('Teams app id (teamsApp/create); the server uses it for deep links.')
param teamsAppId string

@description('Client secret of that registration; stored in Key Vault. Empty = none.')
@secure()
param entraClientSecret string = ''

@description('Entra tenant ids allowed to call the tab API, comma-separated. Empty = this tenant.')
param entraTenantIds string = ''

@description('App Service plan SKU.')
param appServiceSku string = 'B1'

@description('Azure Bot SKU.')
param botServiceSku string = 'F0'

@description('Command App Service runs to start the compiled server.')
param startupCommand string = 'node dist/bot/bundle/index.js'

@description('Turn on Key Vault purge protection (irreversible); recommended for production.')
param enablePurgeProtection bool = false

@description('Tags put on every resource.')
param tags object = {
  application: 'introteam'
}

var baseName = toLower(resourceBaseName)
var suffix = take(uniqueString(resourceGroup().id, baseName), 6)
var webAppName = '${baseName}-${suffix}'
var tenantIds = empty(entraTenantIds) ? tenant().tenantId : entraTenantIds

module monitoring 'modules/monitoring.bicep' = {
  name: 'introteam-monitoring'
  params: {
    resourceBaseName: baseName
    location: location
    tags: tags
  }
}

resource botIdentity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: 'id-bot-${baseName}'
  location: location
  tags: tags
}

module cosmos 'modules/cosmos.bicep' = {
  name: 'introteam-cosmos'
  params: {
    accountName: 'cosmos-${baseName}-${suffix}'
    location: location
    tags: tags
  }
}

module keyVault 'modules/key-vault.bicep' = {
  name: 'introteam-key-vault'
  params: {
    name: 'kv${uniqueString(resourceGroup().id, baseName)}'
    location: location
    tags: tags
    workspaceId: monitoring.outputs.workspaceId
    entraClientSecret: entraClientSecret
    enablePurgeProtection: enablePurgeProtection
  }
}

module webApp 'modules/web-app.bicep' = {
  name: 'introteam-web-app'
  params: {
    name: webAppName
    location: location
    tags: tags
    skuName: appServiceSku
    botIdentityId: botIdentity.id
    startupCommand: startupCommand
    workspaceId: monitoring.outputs.workspaceId
  }
}

module cosmosAccess 'modules/cosmos-data-access.bicep' = {
  name: 'introteam-cosmos-access'
  params: {
    accountName: cosmos.outputs.accountName
    databaseName: cosmos.outputs.databaseName
    principalId: webApp.outputs.principalId
  }
}

module keyVaultAccess 'modules/key-vault-access.bicep' = {
  name: 'introteam-key-vault-access'
  params: {
    vaultName: keyVault.outputs.name
    principalId: webApp.outputs.principalId
  }
}

var secretSettings = empty(entraClientSecret) ? {} : {
  ENTRA_CLIENT_SECRET: '@Microsoft.KeyVault(VaultName=${keyVault.outputs.name};SecretName=${keyVault.outputs.entraClientSecretName})'
}

module appSettings 'modules/app-settings.bicep' = {
  name: 'introteam-app-settings'
  dependsOn: [
    cosmosAccess
    keyVaultAccess
  ]
  params: {
    webAppName: webApp.outputs.name
    settings: union({
      NODE_ENV: 'production'
      SCM_DO_BUILD_DURING_DEPLOYMENT: 'false'
      PUBLIC_URL: 'https://${webApp.outputs.hostName}'
      TEAMS_APP_ID: teamsAppId
      MicrosoftAppType: 'UserAssignedMSI'
      MicrosoftAppId: botIdentity.properties.clientId
      MicrosoftAppTenantId: tenant().tenantId
      COSMOS_ENDPOINT: cosmos.outputs.endpoint
      COSMOS_DATABASE: cosmos.outputs.databaseName
      ENTRA_CLIENT_ID: entraClientId
      ENTRA_APP_ID_URI: 'api://${webApp.outputs.hostName}/${entraClientId}'
      ENTRA_TENANT_IDS: tenantIds
      APPLICATIONINSIGHTS_CONNECTION_STRING: monitoring.outputs.connectionString
    }, secretSettings)
  }
}

module bot 'modules/bot.bicep' = {
  name: 'introteam-bot'
  params: {
    name: 'bot-${baseName}-${suffix}'
    displayName: 'Introteam'
    messagingEndpoint: 'https://${webApp.outputs.hostName}/api/messages'
    identityResourceId: botIdentity.id
    identityClientId: botIdentity.properties.clientId
    sku: botServiceSku
    tags: tags
  }
}

// Written by Teams Toolkit into env/.env.<env>; none of them is a secret.
output BOT_ID string = botIdentity.properties.clientId
output BOT_DOMAIN string = webApp.outputs.hostName
output BOT_ENDPOINT string = 'https://${webApp.outputs.hostName}'
output TAB_DOMAIN string = webApp.outputs.hostName
output TAB_ENDPOINT string = 'https://${webApp.outputs.hostName}'
output BOT_AZURE_APP_SERVICE_RESOURCE_ID string = webApp.outputs.id
output COSMOS_ENDPOINT string = cosmos.outputs.endpoint
output KEY_VAULT_NAME string = keyVault.outputs.name
