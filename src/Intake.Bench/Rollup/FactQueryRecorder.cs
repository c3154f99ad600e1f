using Azure.Core;
using Azure.Core.Pipeline;

namespace Intake.Bench.Rollup;

/// <summary>
/// Remembers the filters of the queries a storage client sends to one table, so that a baseline can read exactly
/// what the rollup read — the partitions follow whatever key layout the rollup's own reader uses.
/// </summary>
public sealed class FactQueryRecorder(string table) : HttpPipelinePolicy
{
    private readonly HashSet<string> _filters = new(StringComparer.Ordinal);
    private readonly List<string> _ordered = [];
    private readonly Lock _gate = new();

    /// <summary>The distinct <c>$filter</c> values queried so far, in the order first sent.</summary>
    public IReadOnlyList<string> Filters
    {
        get
        {
            lock (_gate)
            {
                return [.. _ordered];
            }
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _filters.Clear();
            _ordered.Clear();
        }
    }

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        ArgumentNullException.ThrowIfNull(message);
        Record(message.Request);
        ProcessNext(message, pipeline);
    }

    public override ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        ArgumentNullException.ThrowIfNull(message);
        Record(message.Request);
        return ProcessNextAsync(message, pipeline);
    }

    // A query is a GET of /{table}() with a $filter; its continuation pages repeat the filter.
    private void Record(Request request)
    {
        var uri = request.Uri.ToUri();
        if (request.Method != RequestMethod.Get || !uri.AbsolutePath.EndsWith($"/{table}()", StringComparison.Ordinal))
        {
            return;
        }

        foreach (var parameter in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = parameter.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0 && Uri.UnescapeDataString(parameter[..equals]) == "$filter")
            {
                var filter = Uri.UnescapeDataString(parameter[(equals + 1)..].Replace('+', ' '));
                lock (_gate)
                {
                    if (_filters.Add(filter))
                    {
                        _ordered.Add(filter);
                    }
                }
            }
        }
    }
}
