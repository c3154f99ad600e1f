#!/usr/bin/env sh
# azd postdeploy hook: subscribes the blob extension's webhook to BlobCreated events of reports-inbox.
# The webhook's key (the system key blobs_extension) exists only once the deployed host has started
# with its blob trigger, so this runs after deployment and waits for it.
set -eu

: "${AZURE_RESOURCE_GROUP:?run through azd, which sets the outputs of infra/main.bicep}"
app="$AZURE_FUNCTION_APP_NAME"
topic="$AZURE_EVENT_GRID_TOPIC_NAME"

key=""
attempt=0
while [ -z "$key" ] && [ "$attempt" -lt 30 ]; do
  attempt=$((attempt + 1))
  key="$(az functionapp keys list --resource-group "$AZURE_RESOURCE_GROUP" --name "$app" \
    --query "systemKeys.blobs_extension" --output tsv 2>/dev/null || true)"
  if [ -z "$key" ]; then
    echo "Waiting for the blobs_extension key of $app (attempt $attempt of 30)"
    # Any request starts the host, which creates the key.
    curl --silent --output /dev/null "https://$AZURE_FUNCTION_APP_HOST/" || true
    sleep 10
  fi
done
[ -n "$key" ] || { echo "The blobs_extension key of $app did not appear; is IngestReport deployed?" >&2; exit 1; }

az eventgrid system-topic event-subscription create \
  --resource-group "$AZURE_RESOURCE_GROUP" \
  --system-topic-name "$topic" \
  --name reports-inbox-ingest \
  --endpoint-type webhook \
  --endpoint "https://$AZURE_FUNCTION_APP_HOST/runtime/webhooks/blobs?functionName=Host.Functions.IngestReport&code=$key" \
  --included-event-types Microsoft.Storage.BlobCreated \
  --subject-begins-with /blobServices/default/containers/reports-inbox/ \
  --max-delivery-attempts 30 \
  --event-ttl 1440 \
  --output none
echo "Event Grid delivers BlobCreated of reports-inbox to $app (IngestReport)"
