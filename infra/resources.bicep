// Every resource of Intake, declared directly (registry modules cannot be restored where this is built).
// The function app reaches storage and Application Insights only with its user-assigned identity:
// the account allows no shared key, and Application Insights no instrumentation-key-only ingestion.

@description('Azure region of every resource.')
param location string

@description('Tags on every resource.')
param tags object

@description('Short unique suffix of the resource names.')
param resourceToken string

@description('Object id of the deploying person, given blob data rights; empty for none.')
param principalId string

@description('NCRONTAB (with seconds, UTC) of the weekly rollup.')
param rollupSchedule string

@description('Client id of the Entra ID app registration the web page signs users in with. Empty: no sign-in is set up, and every route of the page answers 401.')
param entraClientId string

@secure()
@description('Client secret of that app registration, kept as the app setting MICROSOFT_PROVIDER_AUTHENTICATION_SECRET.')
param entraClientSecret string

@description('Object id of the Entra ID group of downstream readers, given Storage Table Data Reader; empty for none.')
param readersGroupId string

// The storage contract of DESIGN.md, the report locks, and the package the function app runs from.
var reportContainers = [
  'reports-inbox'
  'reports-archive'
  'reports-rejected'
  'reports-feedback'
  'intake-locks'
]
var deploymentContainer = 'app-package'
var tables = [
  'IntakeSubmissions'
  'IntakeFacts'
  'IntakeWeeklyRollups'
  'IntakeCompleteness'
  'IntakeReconciliation'
  'IntakeRollupState'
  'IntakeWebUsers'
]

// Built-in role definition ids.
var storageBlobDataOwner = 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'
var storageBlobDataContributor = 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'
var storageQueueDataContributor = '974c5e8b-45b9-4653-ba55-5f855dd0fb88'
var storageTableDataContributor = '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
var monitoringMetricsPublisher = '3913510d-42f4-4e42-8a64-420c390055eb'

resource workspace 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: 'log-intake-${resourceToken}'
  location: location
  tags: tags
  properties: {
    sku: { name: 'PerGB2018' }
    retentionInDays: 30
  }
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: 'appi-intake-${resourceToken}'
  location: location
  tags: tags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: workspace.id
    DisableLocalAuth: true
  }
}

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: 'id-intake-${resourceToken}'
  location: location
  tags: tags
}

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: 'stintake${resourceToken}'
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: { name: 'Standard_LRS' }
  properties: {
    allowSharedKeyAccess: false
    allowBlobPublicAccess: false
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    defaultToOAuthAuthentication: true
    allowCrossTenantReplication: false
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {
  parent: storage
  name: 'default'
}

resource containers 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = [
  for name in concat(reportContainers, [deploymentContainer]): {
    parent: blobService
    name: name
    properties: { publicAccess: 'None' }
  }
]

resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2023-05-01' = {
  parent: storage
  name: 'default'
}

resource storageTables 'Microsoft.Storage/storageAccounts/tableServices/tables@2023-05-01' = [
  for name in tables: {
    parent: tableService
    name: name
  }
]

resource storageRoles 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for role in [storageBlobDataOwner, storageQueueDataContributor, storageTableDataContributor]: {
    name: guid(storage.id, identity.id, role)
    scope: storage
    properties: {
      principalId: identity.properties.principalId
      principalType: 'ServicePrincipal'
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', role)
    }
  }
]

resource metricsPublisher 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(appInsights.id, identity.id, monitoringMetricsPublisher)
  scope: appInsights
  properties: {
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', monitoringMetricsPublisher)
  }
}

resource deployerBlobRole 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (!empty(principalId)) {
  name: guid(storage.id, principalId, storageBlobDataContributor)
  scope: storage
  properties: {
    principalId: principalId
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageBlobDataContributor)
  }
}

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: 'plan-intake-${resourceToken}'
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    name: 'FC1'
    tier: 'FlexConsumption'
  }
  properties: {
    reserved: true
  }
}

resource functionApp 'Microsoft.Web/sites@2024-04-01' = {
  name: 'func-intake-${resourceToken}'
  location: location
  tags: union(tags, { 'azd-service-name': 'functions' })
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${identity.id}': {} }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${storage.properties.primaryEndpoints.blob}${deploymentContainer}'
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identity.id
          }
        }
      }
      scaleAndConcurrency: {
        maximumInstanceCount: 40
        instanceMemoryMB: 2048
      }
      runtime: {
        name: 'dotnet-isolated'
        version: '10.0'
      }
    }
  }
  dependsOn: [
    containers
  ]
}

// Identity-based connections only: the host's own storage (AzureWebJobsStorage) and the pipeline's
// (IntakeStorage, the blob trigger's connection and the handlers' clients) are the same account.
resource appSettings 'Microsoft.Web/sites/config@2024-04-01' = {
  parent: functionApp
  name: 'appsettings'
  properties: {
    AzureWebJobsStorage__accountName: storage.name
    AzureWebJobsStorage__credential: 'managedidentity'
    AzureWebJobsStorage__clientId: identity.properties.clientId
    IntakeStorage__blobServiceUri: storage.properties.primaryEndpoints.blob
    IntakeStorage__queueServiceUri: storage.properties.primaryEndpoints.queue
    IntakeStorage__tableServiceUri: storage.properties.primaryEndpoints.table
    IntakeStorage__credential: 'managedidentity'
    IntakeStorage__clientId: identity.properties.clientId
    RollupSchedule: rollupSchedule
    APPLICATIONINSIGHTS_CONNECTION_STRING: appInsights.properties.ConnectionString
    APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'ClientId=${identity.properties.clientId};Authorization=AAD'
    MICROSOFT_PROVIDER_AUTHENTICATION_SECRET: entraClientSecret
  }
  dependsOn: [
    storageRoles
    metricsPublisher
  ]
}

// App Service Authentication (Microsoft Entra ID) in front of every route: the platform signs users in and
// sets the X-MS-CLIENT-PRINCIPAL header the web page reads (and strips any a client sends). Only the blob
// extension's webhook is left out, since Event Grid cannot sign in; it is guarded by the extension's system key.
resource authentication 'Microsoft.Web/sites/config@2024-04-01' = if (!empty(entraClientId)) {
  parent: functionApp
  name: 'authsettingsV2'
  properties: {
    platform: { enabled: true }
    globalValidation: {
      requireAuthentication: true
      unauthenticatedClientAction: 'RedirectToLoginPage'
      redirectToProvider: 'azureactivedirectory'
      excludedPaths: [ '/runtime/webhooks/blobs' ]
    }
    identityProviders: {
      azureActiveDirectory: {
        enabled: true
        registration: {
          openIdIssuer: '${environment().authentication.loginEndpoint}${tenant().tenantId}/v2.0'
          clientId: entraClientId
          clientSecretSettingName: 'MICROSOFT_PROVIDER_AUTHENTICATION_SECRET'
        }
        validation: { allowedAudiences: [ 'api://${entraClientId}' ] }
      }
    }
    login: { tokenStore: { enabled: true } }
    httpSettings: { requireHttps: true }
  }
  dependsOn: [
    appSettings
  ]
}

// Blob-created events of the account; the subscription to the blob extension's webhook for reports-inbox
// is added after deployment by infra/hooks/postdeploy.sh, since its key exists only once the app runs.
resource eventGridTopic 'Microsoft.EventGrid/systemTopics@2025-02-15' = {
  name: 'evgt-intake-${resourceToken}'
  location: location
  tags: tags
  properties: {
    source: storage.id
    topicType: 'Microsoft.Storage.StorageAccounts'
  }
}

output functionAppName string = functionApp.name
output functionAppHost string = functionApp.properties.defaultHostName
output storageAccountName string = storage.name
output eventGridTopicName string = eventGridTopic.name
output appInsightsName string = appInsights.name

// Downstream readers (Power BI, Fabric, scripts) sign in with their organizational accounts: the account has no
// shared keys, so no SAS can be signed for them. Their group may read every table, and nothing else.
var storageTableDataReader = '76199698-9eea-4c19-bc75-cec21354c6b6'

resource readersTableRole 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (!empty(readersGroupId)) {
  name: guid(storage.id, readersGroupId, storageTableDataReader)
  scope: storage
  properties: {
    principalId: readersGroupId
    principalType: 'Group'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageTableDataReader)
  }
}
