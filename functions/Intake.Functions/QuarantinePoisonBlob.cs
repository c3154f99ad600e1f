using Intake.Storage.Ingestion;
using Microsoft.Azure.Functions.Worker;

namespace Intake.Functions;

/// <summary>
/// Ends each upload that <see cref="IngestReport"/> failed <c>poisonBlobThreshold</c> times in
/// reports-rejected, so that none stays in the inbox. The host writes its poison queue to its own
/// account (<c>AzureWebJobsStorage</c>), not to the one with the inbox.
/// </summary>
public sealed class QuarantinePoisonBlob(PoisonBlobHandler handler)
{
    [Function(nameof(QuarantinePoisonBlob))]
    public async Task RunAsync(
        [QueueTrigger(PoisonBlobMessage.QueueName, Connection = "AzureWebJobsStorage")] string message,
        CancellationToken cancellationToken)
    {
        await handler.HandleMessageAsync(message, cancellationToken);
    }
}
