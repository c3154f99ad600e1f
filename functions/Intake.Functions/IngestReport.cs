using Azure.Storage.Blobs;
using Intake.Storage.Ingestion;
using Microsoft.Azure.Functions.Worker;

namespace Intake.Functions;

/// <summary>Processes each upload to reports-inbox (Event Grid source: the only one Flex Consumption supports).</summary>
public sealed class IngestReport(IngestReportHandler handler)
{
    [Function(nameof(IngestReport))]
    public Task RunAsync(
        [BlobTrigger("reports-inbox/{name}", Source = BlobTriggerSource.EventGrid, Connection = "IntakeStorage")] BlobClient blob,
        CancellationToken cancellationToken) =>
        handler.HandleAsync(blob, cancellationToken);
}
