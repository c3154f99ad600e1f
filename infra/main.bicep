// Intake on Azure: one resource group holding the storage account, the Flex Consumption function app and
// its monitoring. `azd up` deploys it (azure.yaml); docs/deploy.md tells the steps around it.
targetScope = 'subscription'

@minLength(1)
@maxLength(40)
@description('Name of the azd environment; names the resource group and seeds the resource names.')
param environmentName string

@minLength(1)
@description('Azure region of every resource, e.g. eastasia.')
param location string

@description('Object id of the person running azd up; given blob data rights to upload and reprocess reports. Empty: none.')
param principalId string = ''

@description('NCRONTAB (with seconds, UTC) of the weekly rollup. Default: Sunday 22:00 UTC = Monday 06:00 Asia/Shanghai.')
param rollupSchedule string = '0 0 22 * * 0'

@description('Client id of the Entra ID app registration the web page signs users in with (docs/deploy.md). Empty: no sign-in, and every route of the page answers 503; the pipeline runs all the same.')
param entraClientId string = ''

@secure()
@description('Client secret of that app registration.')
param entraClientSecret string = ''

@description('Object id of the Entra ID group of downstream readers (Power BI, Fabric, scripts): given Storage Table Data Reader on the account (docs/storage-schema.md). Empty: none.')
param readersGroupId string = ''
@minValue(1)
@maxValue(365)
@description('Days a deleted or overwritten report (original, feedback) can be restored: blob soft delete and versions.')
param blobRetentionDays int = 30

@description('E-mail address told of poison uploads and dead-lettered events. Empty: the alerts show in the portal only.')
param alertEmail string = ''

var tags = { 'azd-env-name': environmentName }

resource group 'Microsoft.Resources/resourceGroups@2024-03-01' = {
  name: 'rg-${environmentName}'
  location: location
  tags: tags
}

module resources 'resources.bicep' = {
  name: 'intake-resources'
  scope: group
  params: {
    location: location
    tags: tags
    resourceToken: toLower(uniqueString(subscription().id, environmentName, location))
    principalId: principalId
    rollupSchedule: rollupSchedule
    entraClientId: entraClientId
    entraClientSecret: entraClientSecret
    readersGroupId: readersGroupId
    blobRetentionDays: blobRetentionDays
    alertEmail: alertEmail
  }
}

output AZURE_LOCATION string = location
output AZURE_RESOURCE_GROUP string = group.name
output AZURE_FUNCTION_APP_NAME string = resources.outputs.functionAppName
output AZURE_FUNCTION_APP_HOST string = resources.outputs.functionAppHost
output AZURE_STORAGE_ACCOUNT_NAME string = resources.outputs.storageAccountName
output AZURE_EVENT_GRID_TOPIC_NAME string = resources.outputs.eventGridTopicName
output AZURE_APP_INSIGHTS_NAME string = resources.outputs.appInsightsName
output AZURE_DEAD_LETTER_CONTAINER string = resources.outputs.deadLetterContainerName
output INTAKE_WEB_SIGN_IN string = resources.outputs.signInConfigured ? 'on' : 'off'
