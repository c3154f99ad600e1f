using Azure.Core;
using Azure.Core.Pipeline;

namespace Intake.IntegrationTests.Support;

/// <summary>Records every request a storage client sends (method and URI), to check what a handler reads.</summary>
internal sealed class RequestRecorder : HttpPipelinePolicy
{
    private readonly List<(RequestMethod Method, Uri Uri)> _requests = [];
    private readonly Lock _gate = new();

    public IReadOnlyList<(RequestMethod Method, Uri Uri)> Requests
    {
        get
        {
            lock (_gate)
            {
                return [.. _requests];
            }
        }
    }

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Record(message);
        ProcessNext(message, pipeline);
    }

    public override ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Record(message);
        return ProcessNextAsync(message, pipeline);
    }

    private void Record(HttpMessage message)
    {
        lock (_gate)
        {
            _requests.Add((message.Request.Method, message.Request.Uri.ToUri()));
        }
    }
}
