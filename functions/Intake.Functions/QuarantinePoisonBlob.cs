using Intake.Storage.Ingestion;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Intake.Functions;

/// <summary>
/// Ends each upload that <see cref="IngestReport"/> failed <c>poisonBlobThreshold</c> times in
/// reports-rejected, so that none stays in the inbox. The host writes its poison queue to its own
/// account (<c>AzureWebJobsStorage</c>), not to the one with the inbox.
/// </summary>
public sealed class QuarantinePoisonBlob(PoisonBlobHandler handler, ILogger<QuarantinePoisonBlob> logger)
{
    [Function(nameof(QuarantinePoisonBlob))]
    public async Task RunAsync(
        [QueueTrigger(PoisonBlobMessage.QueueName, Connection = "AzureWebJobsStorage")] string message,
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
