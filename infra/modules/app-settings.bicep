// Replaces the web app's application settings with `settings` (name -> value). Kept apart from
// web-app.bicep so it can run after the identity has been granted Key Vault access: a Key Vault
// reference that fails on first resolution stays failed until the app restarts.

@description('Name of the existing web app.')
param webAppName string

@description('Application settings, name -> value; values may be Key Vault references.')
@secure()
param settings object

resource site 'Microsoft.Web/sites@2023-12-01' existing = {
  name: webAppName
}

resource appSettings 'Microsoft.Web/sites/config@2023-12-01' = {
  parent: site
  name: 'appsettings'
  properties: settings
}
