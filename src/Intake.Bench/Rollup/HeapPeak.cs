namespace Intake.Bench.Rollup;

/// <summary>
/// The managed heap's high point while an operation runs in this process, sampled every few milliseconds above
/// what the heap held before it (after a full collection), and the bytes it allocated. Cheaper than a probe
/// process, and not the resident set: the runtime's own memory and native buffers are not counted, and a peak
/// shorter than the sampling interval can be missed.
/// </summary>
public sealed class HeapPeak : IAsyncDisposable
{
    private const int IntervalMilliseconds = 5;

    private readonly long _baseline;
    private readonly long _allocatedBefore;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _sampler;
    private long _peak;

    private HeapPeak()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        _baseline = GC.GetTotalMemory(forceFullCollection: false);
        _allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        _peak = _baseline;
        _sampler = Task.Run(SampleAsync);
    }

    /// <summary>The highest heap size sampled, less the heap before the operation.</summary>
    public long PeakBytes { get; private set; }

    /// <summary>Bytes allocated in this process while sampling (every thread).</summary>
    public long AllocatedBytes { get; private set; }

    public static HeapPeak Start() => new();

    public async ValueTask DisposeAsync()
    {
        if (_stop.IsCancellationRequested)
        {
            return;
        }

        Sample();
        await _stop.CancelAsync().ConfigureAwait(false);
        await _sampler.ConfigureAwait(false);
        AllocatedBytes = GC.GetTotalAllocatedBytes(precise: true) - _allocatedBefore;
        PeakBytes = Math.Max(0, Interlocked.Read(ref _peak) - _baseline);
        _stop.Dispose();
    }

    private async Task SampleAsync()
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(IntervalMilliseconds));
        try
        {
            while (await timer.WaitForNextTickAsync(_stop.Token).ConfigureAwait(false))
            {
                Sample();
            }
        }
        catch (OperationCanceledException)
        {
            // Stopped.
        }
    }

    private void Sample()
    {
        var now = GC.GetTotalMemory(forceFullCollection: false);
        long seen;
        do
        {
            seen = Interlocked.Read(ref _peak);
        }
        while (now > seen && Interlocked.CompareExchange(ref _peak, now, seen) != seen);
    }
}
