// The subscription that delivers BlobCreated events of reports-inbox to the blob extension's webhook of the function
// app. Deployed by infra/hooks/postdeploy.sh (and .ps1) after `azd deploy`, because the webhook's key (the host's
// system key blobs_extension) exists only once the deployed host has started; it is read here, never passed around.
// An event Event Grid cannot deliver within its retries is dead-lettered into a container with the topic's identity.

@description('Name of the function app (output AZURE_FUNCTION_APP_NAME).')
param functionAppName string

@description('Name of the Event Grid system topic of the storage account (output AZURE_EVENT_GRID_TOPIC_NAME).')
param eventGridTopicName string

@description('Name of the storage account (output AZURE_STORAGE_ACCOUNT_NAME).')
param storageAccountName string

@description('Container the undeliverable events are written to (output AZURE_DEAD_LETTER_CONTAINER).')
param deadLetterContainerName string

resource functionApp 'Microsoft.Web/sites@2024-04-01' existing = {
  name: functionAppName
}

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {
  name: storageAccountName
}

resource eventGridTopic 'Microsoft.EventGrid/systemTopics@2025-02-15' existing = {
  name: eventGridTopicName
}

resource inboxSubscription 'Microsoft.EventGrid/systemTopics/eventSubscriptions@2025-02-15' = {
  parent: eventGridTopic
  name: 'reports-inbox-ingest'
  properties: {
    destination: {
      endpointType: 'WebHook'
      properties: {
        endpointUrl: 'https://${functionApp.properties.defaultHostName}/runtime/webhooks/blobs?functionName=Host.Functions.IngestReport&code=${listKeys('${functionApp.id}/host/default', '2024-04-01').systemKeys.blobs_extension}'
      }
    }
    filter: {
      includedEventTypes: [ 'Microsoft.Storage.BlobCreated' ]
      subjectBeginsWith: '/blobServices/default/containers/reports-inbox/'
    }
    retryPolicy: {
      maxDeliveryAttempts: 30
      eventTimeToLiveInMinutes: 1440
    }
    deadLetterWithResourceIdentity: {
      identity: { type: 'SystemAssigned' }
      deadLetterDestination: {
        endpointType: 'StorageBlob'
        properties: {
          resourceId: storage.id
          blobContainerName: deadLetterContainerName
        }
      }
    }
  }
}

output subscriptionName string = inboxSubscription.name
