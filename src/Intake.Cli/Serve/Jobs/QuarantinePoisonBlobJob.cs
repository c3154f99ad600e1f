using Intake.Storage.Ingestion;
using Microsoft.Azure.WebJobs;

namespace Intake.Cli.Serve.Jobs;

/// <summary>
/// <c>intake serve</c>'s twin of the function <c>QuarantinePoisonBlob</c>: ends in reports-rejected each
/// upload that <see cref="IngestReportJob"/> failed <c>poisonBlobThreshold</c> times.
/// </summary>
public sealed class QuarantinePoisonBlobJob(PoisonBlobHandler handler)
{
    [FunctionName("QuarantinePoisonBlob")]
    public async Task RunAsync(
        [QueueTrigger(PoisonBlobMessage.QueueName, Connection = ServeSettings.HostStorage)] string message,
        CancellationToken cancellationToken)
    {
        await handler.HandleMessageAsync(message, cancellationToken);
    }
}
