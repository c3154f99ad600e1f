using Azure.Core;
using Azure.Core.Pipeline;

namespace Intake.IntegrationTests.Support;

/// <summary>
/// Lets the storage service carry out the n-th table transaction (a <c>$batch</c> request), then runs an action
/// once, such as killing the emulator: the handler is left to fail on its own, as it would in a storage outage.
/// </summary>
internal sealed class KillAfterTransactionsPolicy(int killAfterTransaction, Action kill) : HttpPipelinePolicy
{
    private int _transactions;

    public bool Killed { get; private set; }

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        ProcessNext(message, pipeline);
        KillIfDue(message);
    }

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        await ProcessNextAsync(message, pipeline);
        KillIfDue(message);
    }

    private void KillIfDue(HttpMessage message)
    {
        if (message.Request.Method == RequestMethod.Post
            && message.Request.Uri.Path.EndsWith("/$batch", StringComparison.Ordinal)
            && Interlocked.Increment(ref _transactions) == killAfterTransaction)
        {
            kill();
            Killed = true;
        }
    }
}
