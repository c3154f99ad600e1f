using Azure.Storage.Blobs;
using Intake.Storage;
using Intake.Storage.Ingestion;
using Microsoft.Azure.WebJobs;

namespace Intake.Cli.Serve.Jobs;

/// <summary>
/// <c>intake serve</c>'s twin of the function <c>IngestReport</c>: the same handler on the same trigger,
/// with the polling source (scans of the container), since Azurite sends no Event Grid events.
/// </summary>
public sealed class IngestReportJob(IngestReportHandler handler)
{
    [FunctionName("IngestReport")]
    public Task RunAsync(
        [BlobTrigger(StorageNames.InboxContainer + "/{name}", Connection = StorageNames.ConnectionSetting)] BlobClient blob,
        CancellationToken cancellationToken) =>
        handler.HandleAsync(blob, cancellationToken);
}
