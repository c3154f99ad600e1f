using Intake.Storage.Ingestion;
using Microsoft.Azure.WebJobs;
using Microsoft.Extensions.Logging;

namespace Intake.Cli.Serve.Jobs;

/// <summary>
/// <c>intake serve</c>'s twin of the function <c>QuarantinePoisonBlob</c>: ends in reports-rejected each
/// upload that <see cref="IngestReportJob"/> failed <c>poisonBlobThreshold</c> times.
/// </summary>
public sealed class QuarantinePoisonBlobJob(PoisonBlobHandler handler, ILogger<QuarantinePoisonBlobJob> logger)
{
    [FunctionName("QuarantinePoisonBlob")]
    public async Task RunAsync(
        [QueueTrigger(PoisonBlobMessage.QueueName, Connection = ServeSettings.HostStorage)] string message,
        CancellationToken cancellationToken)
    {
        // Retrying a message that names no blob could never succeed: log it and let it go.
        if (PoisonBlobMessage.Parse(message) is not { } poisoned)
        {
            logger.LogWarning("Ignored a poison message that names no blob: {Message}", message);
            return;
        }

        await handler.HandleAsync(poisoned.ContainerName, poisoned.BlobName, poisoned.ETag, cancellationToken);
    }
}
