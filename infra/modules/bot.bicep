// Azure Bot registration with the Microsoft Teams channel. It authenticates as a user-assigned
// managed identity (no app password to rotate); such a bot is single-tenant.

@description('Globally unique bot handle (2-64 characters).')
param name string

@description('Name shown in the Azure portal.')
param displayName string

@description('HTTPS URL of the bot endpoint, ending in /api/messages.')
param messagingEndpoint string

@description('Resource id of the user-assigned identity.')
param identityResourceId string

@description('Client id of the user-assigned identity (the bot id / MicrosoftAppId).')
param identityClientId string

@description('F0 (free) or S1; messages to Teams are free on both.')
param sku string = 'F0'

@description('Tags put on every resource.')
param tags object

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: name
  location: 'global'
  tags: tags
  kind: 'azurebot'
  sku: {
    name: sku
  }
  properties: {
    displayName: displayName
    endpoint: messagingEndpoint
    msaAppId: identityClientId
    msaAppType: 'UserAssignedMSI'
    msaAppMSIResourceId: identityResourceId
    msaAppTenantId: tenant().tenantId
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
      enableCalling: false
    }
  }
}

output name string = bot.name
