using Azure.Core;
using Azure.Core.Pipeline;

namespace Intake.IntegrationTests.Support;

/// <summary>
/// Lets the storage service carry out the n-th request of a kind, then acts once: throws as if the worker
/// had died right after it (<see cref="CrashAfterWrite"/>), or kills the emulator and leaves the handler to
/// fail on its own as it would in a storage outage (<see cref="KillAfterTransaction"/>).
/// </summary>
internal sealed class AfterRequestsPolicy(Func<Request, bool> counts, int after, Action<Request> act) : HttpPipelinePolicy
{
    private int _seen;

    public bool Acted { get; private set; }

    /// <summary>Throws <see cref="SimulatedCrashException"/> after the n-th write (PUT, POST, DELETE, PATCH, MERGE).</summary>
    public static AfterRequestsPolicy CrashAfterWrite(int write) =>
        new(IsWrite, write, request => throw new SimulatedCrashException($"Simulated crash after write {write}: {request.Method} {request.Uri}"));

    /// <summary>Runs <paramref name="kill"/> after the n-th table transaction (a <c>$batch</c> request).</summary>
    public static AfterRequestsPolicy KillAfterTransaction(int transaction, Action kill) =>
        new(request => request.Method == RequestMethod.Post && request.Uri.Path.EndsWith("/$batch", StringComparison.Ordinal), transaction, _ => kill());

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        ProcessNext(message, pipeline);
        ActIfDue(message.Request);
    }

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        await ProcessNextAsync(message, pipeline);
        ActIfDue(message.Request);
    }

    private static bool IsWrite(Request request) =>
        request.Method == RequestMethod.Put || request.Method == RequestMethod.Post || request.Method == RequestMethod.Delete
        || request.Method == RequestMethod.Patch || request.Method.Method == "MERGE";

    private void ActIfDue(Request request)
    {
        if (counts(request) && Interlocked.Increment(ref _seen) == after)
        {
            Acted = true;
            act(request);
        }
    }
}
