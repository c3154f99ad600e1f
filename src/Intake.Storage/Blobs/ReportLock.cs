using Azure;
using Azure.Storage.Blobs.Specialized;
using Microsoft.Extensions.Logging;

namespace Intake.Storage.Blobs;

/// <summary>
/// Mutual exclusion between workers processing versions of the same report (period, reporter,
/// form): a lease on an empty blob, renewed while held. A worker that dies lets the lease lapse,
/// so its retry (or anyone else) gets it within the lease's duration.
/// </summary>
public sealed class ReportLock : IAsyncDisposable
{
    private readonly BlobLeaseClient _lease;
    private readonly TimeSpan _renewEvery;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _renewal;

    private ReportLock(BlobLeaseClient lease, TimeSpan duration, ILogger logger)
    {
        _lease = lease;
        _renewEvery = duration / 3;
        _renewal = RenewAsync(logger);
    }

    /// <summary>Waits for the lease of one report, at most <paramref name="timeout"/>; throws when it stays taken.</summary>
    public static async Task<ReportLock> AcquireAsync(
        IntakeStorage storage, string reportKey, TimeSpan duration, TimeSpan timeout, ILogger logger, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(storage);
        var blob = storage.Container(StorageNames.LocksContainer).GetBlobClient(reportKey);
        try
        {
            await blob.UploadAsync(BinaryData.Empty, overwrite: false, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            // The lock blob exists already (and may be leased): that is the usual case.
        }

        var lease = blob.GetBlobLeaseClient();
        var deadline = DateTimeOffset.UtcNow + timeout;
        while (true)
        {
            try
            {
                await lease.AcquireAsync(duration, cancellationToken: cancellationToken).ConfigureAwait(false);
                return new ReportLock(lease, duration, logger);
            }
            catch (RequestFailedException ex) when (ex.Status == 409 && DateTimeOffset.UtcNow < deadline)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(250), cancellationToken).ConfigureAwait(false);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        await _renewal.ConfigureAwait(false);
        try
        {
            await _lease.ReleaseAsync().ConfigureAwait(false);
        }
        catch (RequestFailedException)
        {
            // Lapsed or lost already: it frees itself within its duration either way.
        }

        _stop.Dispose();
    }

    private async Task RenewAsync(ILogger logger)
    {
        try
        {
            while (true)
            {
                await Task.Delay(_renewEvery, _stop.Token).ConfigureAwait(false);
                await _lease.RenewAsync(cancellationToken: _stop.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (RequestFailedException ex)
        {
            logger.LogWarning(ex, "Lost the lease on report lock {Lock}", _lease.Uri);
        }
    }
}
