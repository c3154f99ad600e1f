using Azure.Core;
using Azure.Core.Pipeline;

namespace Intake.IntegrationTests.Support;

/// <summary>
/// Lets the storage service carry out the n-th write request, then throws as if the worker had
/// died right after it: the way to test that a retry after a crash at any point ends clean.
/// </summary>
internal sealed class CrashAfterWritePolicy(int crashAfterWrite) : HttpPipelinePolicy
{
    private int _writes;

    public bool Crashed { get; private set; }

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        ProcessNext(message, pipeline);
        CrashIfDue(message);
    }

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        await ProcessNextAsync(message, pipeline);
        CrashIfDue(message);
    }

    private void CrashIfDue(HttpMessage message)
    {
        var method = message.Request.Method;
        var write = method == RequestMethod.Put || method == RequestMethod.Post || method == RequestMethod.Delete
            || method == RequestMethod.Patch || method.Method == "MERGE";
        if (write && Interlocked.Increment(ref _writes) == crashAfterWrite)
        {
            Crashed = true;
            throw new SimulatedCrashException($"Simulated crash after write {crashAfterWrite}: {method} {message.Request.Uri}");
        }
    }
}
