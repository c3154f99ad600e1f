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

@description('Client id of the Entra ID app registration the web page signs users in with. Empty: no sign-in is set up, and every route of the page answers 503 (the pipeline runs all the same).')
param entraClientId string

@secure()
@description('Client secret of that app registration, kept as the app setting MICROSOFT_PROVIDER_AUTHENTICATION_SECRET.')
param entraClientSecret string

@description('Object id of the Entra ID group of downstream readers, given Storage Table Data Reader; empty for none.')
param readersGroupId string
@minValue(1)
@maxValue(365)
@description('Days a deleted or overwritten blob (an office\'s original, its feedback) can be restored: blob and container soft delete, and previous versions kept as long.')
param blobRetentionDays int

@description('E-mail address told when an upload fails five times (poison) or an Event Grid event is dead-lettered. Empty: the alerts fire in the portal only.')
param alertEmail string

// The storage contract of DESIGN.md, the report locks, and the package the function app runs from.
var reportContainers = [
  'reports-inbox'
  'reports-archive'
  'reports-rejected'
  'reports-feedback'
  'intake-locks'
]
var deploymentContainer = 'app-package'

// Where Event Grid puts a BlobCreated event it could not deliver within its 24 hours of retries.
var deadLetterContainerName = 'reports-deadletter'

// The account's service endpoints in whatever cloud this deploys to (no *.core.windows.net written here).
var serviceUris = {
  blob: 'https://${storage.name}.blob.${environment().suffixes.storage}'
  queue: 'https://${storage.name}.queue.${environment().suffixes.storage}'
  table: 'https://${storage.name}.table.${environment().suffixes.storage}'
}

// The page is served only behind App Service Authentication; without an app registration it is closed.
var signInConfigured = !empty(entraClientId)
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

// A mistaken delete or overwrite of an office's original is undone from soft delete or a previous version.
resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {
  parent: storage
  name: 'default'
  properties: {
    isVersioningEnabled: true
    deleteRetentionPolicy: {
      enabled: true
      days: blobRetentionDays
    }
    containerDeleteRetentionPolicy: {
      enabled: true
      days: blobRetentionDays
    }
  }
}

// Previous versions are kept as long as deleted blobs, then removed, so that versioning does not grow without end.
resource versionLifecycle 'Microsoft.Storage/storageAccounts/managementPolicies@2023-05-01' = {
  parent: storage
  name: 'default'
  properties: {
    policy: {
      rules: [
        {
          name: 'expire-previous-versions'
          enabled: true
          type: 'Lifecycle'
          definition: {
            filters: { blobTypes: [ 'blockBlob' ] }
            actions: {
              version: { delete: { daysAfterCreationGreaterThan: blobRetentionDays } }
            }
          }
        }
      ]
    }
  }
}

resource containers 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = [
  for name in concat(reportContainers, [deploymentContainer]): {
    parent: blobService
    name: name
    properties: { publicAccess: 'None' }
  }
]

resource deadLetterContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
  parent: blobService
  name: deadLetterContainerName
  properties: { publicAccess: 'None' }
}

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

// The deployer uploads and reprocesses reports (blobs) and lists the page's users (IntakeWebUsers) with their own sign-in.
resource deployerRoles 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for role in (empty(principalId) ? [] : [storageBlobDataContributor, storageTableDataContributor]): {
    name: guid(storage.id, principalId, role)
    scope: storage
    properties: {
      principalId: principalId
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', role)
    }
  }
]

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
          value: '${serviceUris.blob}/${deploymentContainer}'
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
    AzureWebJobsStorage__blobServiceUri: serviceUris.blob
    AzureWebJobsStorage__queueServiceUri: serviceUris.queue
    AzureWebJobsStorage__tableServiceUri: serviceUris.table
    AzureWebJobsStorage__credential: 'managedidentity'
    AzureWebJobsStorage__clientId: identity.properties.clientId
    IntakeStorage__blobServiceUri: serviceUris.blob
    IntakeStorage__queueServiceUri: serviceUris.queue
    IntakeStorage__tableServiceUri: serviceUris.table
    IntakeStorage__credential: 'managedidentity'
    IntakeStorage__clientId: identity.properties.clientId
    RollupSchedule: rollupSchedule
    // The page believes X-MS-CLIENT-PRINCIPAL only where App Service says its authentication is on (WEBSITE_AUTH_ENABLED).
    Intake__Web__Access: 'AppService'
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
// Without an app registration none is declared: WEBSITE_AUTH_ENABLED stays unset and the page answers 503.
resource authentication 'Microsoft.Web/sites/config@2024-04-01' = if (signInConfigured) {
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
    // The page needs only the principal header; no user's tokens are kept by the platform.
    login: { tokenStore: { enabled: false } }
    httpSettings: { requireHttps: true }
  }
  dependsOn: [
    appSettings
  ]
}

// Blob-created events of the account; the subscription to the blob extension's webhook for reports-inbox
// (infra/inbox-subscription.bicep) is deployed by infra/hooks/postdeploy.sh, since its key exists only once the app
// runs. The topic's own identity writes the events it could not deliver into reports-deadletter.
resource eventGridTopic 'Microsoft.EventGrid/systemTopics@2025-02-15' = {
  name: 'evgt-intake-${resourceToken}'
  location: location
  tags: tags
  identity: { type: 'SystemAssigned' }
  properties: {
    source: storage.id
    topicType: 'Microsoft.Storage.StorageAccounts'
  }
}

resource deadLetterWriter 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(deadLetterContainer.id, eventGridTopic.id, storageBlobDataContributor)
  scope: deadLetterContainer
  properties: {
    principalId: eventGridTopic.identity.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageBlobDataContributor)
  }
}

resource alertReceivers 'Microsoft.Insights/actionGroups@2023-01-01' = if (!empty(alertEmail)) {
  name: 'ag-intake-${resourceToken}'
  location: 'global'
  tags: tags
  properties: {
    groupShortName: 'intake'
    enabled: true
    emailReceivers: [
      {
        name: 'operator'
        emailAddress: alertEmail
        useCommonAlertSchema: true
      }
    ]
  }
}

var alertActions = empty(alertEmail) ? [] : [ { actionGroupId: alertReceivers.id } ]

// An upload that failed five times is set aside by QuarantinePoisonBlob: someone must look at it.
resource poisonAlert 'Microsoft.Insights/scheduledQueryRules@2023-03-15-preview' = {
  name: 'alert-intake-poison-${resourceToken}'
  location: location
  tags: tags
  properties: {
    displayName: 'Intake: an upload failed five times and was quarantined'
    description: 'QuarantinePoisonBlob ran: a message reached the poison queue webjobs-blobtrigger-poison. The upload is in reports-rejected with a processing-failed feedback; docs/deploy.md, Reprocess a blob.'
    severity: 2
    enabled: true
    scopes: [ appInsights.id ]
    evaluationFrequency: 'PT15M'
    windowSize: 'PT15M'
    criteria: {
      allOf: [
        {
          query: 'requests | where operation_Name == "QuarantinePoisonBlob"'
          timeAggregation: 'Count'
          operator: 'GreaterThan'
          threshold: 0
          failingPeriods: {
            numberOfEvaluationPeriods: 1
            minFailingPeriodsToAlert: 1
          }
        }
      ]
    }
    actions: { actionGroups: map(alertActions, a => a.actionGroupId) }
  }
}

// Messages left on the poison queue (the quarantine itself failing) stay visible in the account's queue metrics.
resource poisonQueueAlert 'Microsoft.Insights/metricAlerts@2018-03-01' = {
  name: 'alert-intake-poison-queue-${resourceToken}'
  location: 'global'
  tags: tags
  properties: {
    description: 'Messages wait on the account\'s queues (the poison queue webjobs-blobtrigger-poison) for an hour: QuarantinePoisonBlob is not draining it.'
    severity: 2
    enabled: true
    scopes: [ '${storage.id}/queueServices/default' ]
    evaluationFrequency: 'PT1H'
    windowSize: 'PT1H'
    criteria: {
      'odata.type': 'Microsoft.Azure.Monitor.SingleResourceMultipleMetricCriteria'
      allOf: [
        {
          criterionType: 'StaticThresholdCriterion'
          name: 'poison-messages-waiting'
          metricName: 'QueueMessageCount'
          operator: 'GreaterThan'
          threshold: 0
          timeAggregation: 'Average'
        }
      ]
    }
    actions: alertActions
  }
}

// An event Event Grid gave up on: its upload sits in reports-inbox until it is uploaded again.
resource deadLetterAlert 'Microsoft.Insights/metricAlerts@2018-03-01' = {
  name: 'alert-intake-dead-letter-${resourceToken}'
  location: 'global'
  tags: tags
  properties: {
    description: 'Event Grid dead-lettered a BlobCreated event of reports-inbox into reports-deadletter; the upload is still in the inbox (docs/deploy.md, Reprocess a blob).'
    severity: 1
    enabled: true
    scopes: [ eventGridTopic.id ]
    evaluationFrequency: 'PT5M'
    windowSize: 'PT5M'
    criteria: {
      'odata.type': 'Microsoft.Azure.Monitor.SingleResourceMultipleMetricCriteria'
      allOf: [
        {
          criterionType: 'StaticThresholdCriterion'
          name: 'dead-lettered'
          metricName: 'DeadLetteredCount'
          operator: 'GreaterThan'
          threshold: 0
          timeAggregation: 'Total'
        }
      ]
    }
    actions: alertActions
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
output deadLetterContainerName string = deadLetterContainer.name
output signInConfigured bool = signInConfigured
