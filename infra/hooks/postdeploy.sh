#!/usr/bin/env sh
# azd postdeploy hook (Linux, macOS; infra/hooks/postdeploy.ps1 is its twin for Windows): subscribes the blob
# extension's webhook to BlobCreated events of reports-inbox, with dead-lettering, by deploying
# infra/inbox-subscription.bicep. The webhook's key (the host's system key blobs_extension) exists only once the
# deployed host has started with its blob trigger, so this runs after deployment and waits for it. Every az call
# names the azd environment's subscription, and every az error is shown.
set -eu

fail() {
  echo "postdeploy: $*" >&2
  exit 1
}

here="$(cd "$(dirname "$0")" && pwd)"
attempts="${INTAKE_KEY_ATTEMPTS:-30}"
wait_seconds="${INTAKE_KEY_WAIT_SECONDS:-10}"

command -v az >/dev/null 2>&1 \
  || fail "the Azure CLI (az) is not installed or not on PATH. Install it (docs/deploy.md), run 'az login', then 'azd hooks run postdeploy'."
for name in AZURE_SUBSCRIPTION_ID AZURE_RESOURCE_GROUP AZURE_FUNCTION_APP_NAME AZURE_FUNCTION_APP_HOST AZURE_EVENT_GRID_TOPIC_NAME AZURE_STORAGE_ACCOUNT_NAME AZURE_DEAD_LETTER_CONTAINER; do
  eval "value=\${$name:-}"
  [ -n "$value" ] || fail "$name is not set: run this hook through azd (azd up, or azd hooks run postdeploy), which sets the outputs of infra/main.bicep."
done
subscription="$AZURE_SUBSCRIPTION_ID"

if ! signed_in="$(az account show --subscription "$subscription" --query id --output tsv 2>&1)"; then
  fail "az cannot use subscription $subscription: $signed_in
Sign in with 'az login' to the tenant of that subscription, then run 'azd hooks run postdeploy'."
fi
if ! group="$(az group show --subscription "$subscription" --name "$AZURE_RESOURCE_GROUP" --query name --output tsv 2>&1)"; then
  fail "resource group $AZURE_RESOURCE_GROUP is not in subscription $subscription: $group"
fi

key=""
attempt=0
while [ -z "$key" ]; do
  attempt=$((attempt + 1))
  if ! key="$(az functionapp keys list --subscription "$subscription" --resource-group "$AZURE_RESOURCE_GROUP" \
    --name "$AZURE_FUNCTION_APP_NAME" --query "systemKeys.blobs_extension" --output tsv 2>&1)"; then
    echo "postdeploy: az functionapp keys list failed (attempt $attempt of $attempts): $key" >&2
    last_error="$key"
    key=""
  fi
  if [ -z "$key" ]; then
    [ "$attempt" -lt "$attempts" ] \
      || fail "the blobs_extension key of $AZURE_FUNCTION_APP_NAME did not appear after $attempts attempts; is IngestReport deployed? ${last_error:-}"
    echo "Waiting for the blobs_extension key of $AZURE_FUNCTION_APP_NAME (attempt $attempt of $attempts)"
    # Any request starts the host, which creates the key.
    curl --silent --max-time 10 --output /dev/null "https://$AZURE_FUNCTION_APP_HOST/" || true
    sleep "$wait_seconds"
  fi
done

if ! deployed="$(az deployment group create --subscription "$subscription" --resource-group "$AZURE_RESOURCE_GROUP" \
  --name inbox-subscription --template-file "$here/../inbox-subscription.bicep" \
  --parameters functionAppName="$AZURE_FUNCTION_APP_NAME" eventGridTopicName="$AZURE_EVENT_GRID_TOPIC_NAME" \
    storageAccountName="$AZURE_STORAGE_ACCOUNT_NAME" deadLetterContainerName="$AZURE_DEAD_LETTER_CONTAINER" \
  --output none 2>&1)"; then
  fail "the Event Grid subscription of reports-inbox could not be deployed: $deployed"
fi
echo "Event Grid delivers BlobCreated of reports-inbox to $AZURE_FUNCTION_APP_NAME (IngestReport); undeliverable events go to $AZURE_DEAD_LETTER_CONTAINER"

if [ "${INTAKE_WEB_SIGN_IN:-off}" != "on" ]; then
  echo "The web page is closed: no app registration was given (INTAKE_ENTRA_CLIENT_ID), so sign-in is not configured and every route of https://$AZURE_FUNCTION_APP_HOST/ answers 503. The pipeline runs: uploads to reports-inbox are processed. To open the page, follow docs/deploy.md, 'Sign-in for the web page'."
else
  echo "The web page is at https://$AZURE_FUNCTION_APP_HOST/ behind Microsoft Entra sign-in; list its users in IntakeWebUsers (docs/deploy.md)."
fi
