# azd postdeploy hook for Windows (PowerShell 7, pwsh), the twin of infra/hooks/postdeploy.sh: subscribes the blob
# extension's webhook to BlobCreated events of reports-inbox, with dead-lettering, by deploying
# infra/inbox-subscription.bicep once the deployed host has created its blobs_extension key. Every az call names the
# azd environment's subscription, and every az error is shown.
$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

function Fail([string] $message) {
    [Console]::Error.WriteLine("postdeploy: $message")
    exit 1
}

# Runs az with the arguments; returns its output, or fails the hook with what az said unless -Soft (then $null).
function Invoke-Az([string[]] $arguments, [string] $what, [switch] $Soft) {
    $output = & az @arguments 2>&1
    $text = ($output | ForEach-Object { "$_" }) -join "`n"
    if ($LASTEXITCODE -ne 0) {
        if ($Soft) {
            [Console]::Error.WriteLine("postdeploy: $what failed: $text")
            $script:lastError = $text
            return $null
        }
        Fail "$what failed: $text"
    }
    return $text.Trim()
}

$attempts = if ($env:INTAKE_KEY_ATTEMPTS) { [int] $env:INTAKE_KEY_ATTEMPTS } else { 30 }
$waitSeconds = if ($env:INTAKE_KEY_WAIT_SECONDS) { [int] $env:INTAKE_KEY_WAIT_SECONDS } else { 10 }

if (-not (Get-Command az -ErrorAction SilentlyContinue)) {
    Fail "the Azure CLI (az) is not installed or not on PATH. Install it (docs/deploy.md), run 'az login', then 'azd hooks run postdeploy'."
}
foreach ($name in 'AZURE_SUBSCRIPTION_ID', 'AZURE_RESOURCE_GROUP', 'AZURE_FUNCTION_APP_NAME', 'AZURE_FUNCTION_APP_HOST', 'AZURE_EVENT_GRID_TOPIC_NAME', 'AZURE_STORAGE_ACCOUNT_NAME', 'AZURE_DEAD_LETTER_CONTAINER') {
    if (-not [Environment]::GetEnvironmentVariable($name)) {
        Fail "$name is not set: run this hook through azd (azd up, or azd hooks run postdeploy), which sets the outputs of infra/main.bicep."
    }
}
$subscription = $env:AZURE_SUBSCRIPTION_ID
$group = $env:AZURE_RESOURCE_GROUP
$app = $env:AZURE_FUNCTION_APP_NAME

$output = & az account show --subscription $subscription --query id --output tsv 2>&1
if ($LASTEXITCODE -ne 0) {
    Fail "az cannot use subscription ${subscription}: $(($output | ForEach-Object { "$_" }) -join "`n")`nSign in with 'az login' to the tenant of that subscription, then run 'azd hooks run postdeploy'."
}
$null = Invoke-Az @('group', 'show', '--subscription', $subscription, '--name', $group, '--query', 'name', '--output', 'tsv') "az group show $group"

$key = $null
$lastError = ''
for ($attempt = 1; -not $key; $attempt++) {
    $key = Invoke-Az @('functionapp', 'keys', 'list', '--subscription', $subscription, '--resource-group', $group, '--name', $app,
        '--query', 'systemKeys.blobs_extension', '--output', 'tsv') "az functionapp keys list (attempt $attempt of $attempts)" -Soft
    if (-not $key) {
        if ($attempt -ge $attempts) {
            Fail "the blobs_extension key of $app did not appear after $attempts attempts; is IngestReport deployed? $lastError"
        }
        Write-Host "Waiting for the blobs_extension key of $app (attempt $attempt of $attempts)"
        # Any request starts the host, which creates the key.
        try { $null = Invoke-WebRequest -Uri "https://$($env:AZURE_FUNCTION_APP_HOST)/" -TimeoutSec 10 -SkipHttpErrorCheck } catch { }
        Start-Sleep -Seconds $waitSeconds
    }
}

$template = Join-Path $PSScriptRoot '..' 'inbox-subscription.bicep'
$null = Invoke-Az @('deployment', 'group', 'create', '--subscription', $subscription, '--resource-group', $group,
    '--name', 'inbox-subscription', '--template-file', $template,
    '--parameters', "functionAppName=$app", "eventGridTopicName=$($env:AZURE_EVENT_GRID_TOPIC_NAME)",
    "storageAccountName=$($env:AZURE_STORAGE_ACCOUNT_NAME)", "deadLetterContainerName=$($env:AZURE_DEAD_LETTER_CONTAINER)",
    '--output', 'none') 'the Event Grid subscription of reports-inbox'
Write-Host "Event Grid delivers BlobCreated of reports-inbox to $app (IngestReport); undeliverable events go to $($env:AZURE_DEAD_LETTER_CONTAINER)"

if ($env:INTAKE_WEB_SIGN_IN -ne 'on') {
    Write-Host "The web page is closed: no app registration was given (INTAKE_ENTRA_CLIENT_ID), so sign-in is not configured and every route of https://$($env:AZURE_FUNCTION_APP_HOST)/ answers 503. The pipeline runs: uploads to reports-inbox are processed. To open the page, follow docs/deploy.md, 'Sign-in for the web page'."
} else {
    Write-Host "The web page is at https://$($env:AZURE_FUNCTION_APP_HOST)/ behind Microsoft Entra sign-in; list its users in IntakeWebUsers (docs/deploy.md)."
}
