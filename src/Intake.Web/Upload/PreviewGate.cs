using Microsoft.Extensions.Options;

namespace Intake.Web.Upload;

/// <summary>
/// Lets <see cref="IntakeWebOptions.MaxConcurrentPreviews"/> previews parse at once on this instance; the others
/// wait up to <see cref="IntakeWebOptions.PreviewWait"/> for a turn, before their bodies are read, and are then
/// told to come back (429). A parse of the largest allowed file holds a few hundred megabytes and a core.
/// </summary>
public sealed class PreviewGate(IOptions<IntakeWebOptions> options) : IDisposable
{
    private readonly SemaphoreSlim _slots = new(Math.Max(1, options.Value.MaxConcurrentPreviews));

    /// <summary>A turn, to be disposed when the parse is over; null when none came free in time.</summary>
    public async Task<IDisposable?> EnterAsync(CancellationToken cancellationToken = default) =>
        await _slots.WaitAsync(options.Value.PreviewWait, cancellationToken).ConfigureAwait(false) ? new Turn(_slots) : null;

    public void Dispose() => _slots.Dispose();

    private sealed class Turn(SemaphoreSlim slots) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                slots.Release();
            }
        }
    }
}
