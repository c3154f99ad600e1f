
namespace Intake.Core.Reports;

/// <summary>
/// Runs a parse on a worker thread and stops waiting for it at the parse time limit plus a grace
/// period. The parser looks at its own clock only between rows; a library call that never returns
/// must still not keep <c>intake parse</c> or the blob trigger from answering. The abandoned worker
/// runs on in the background until it ends or the process does.
/// </summary>
public static class ParseDeadline
{
    public static readonly TimeSpan Grace = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Runs <paramref name="parse"/> (let it open the file too: a named pipe blocks right there) and
    /// returns its result, rethrowing its exception as is, or what <paramref name="timedOut"/> makes of
    /// the time waited if it has not finished in time.
    /// </summary>
    public static async Task<ParseResult> RunAsync(
        Func<ParseResult> parse, Func<TimeSpan, ParseResult> timedOut, TimeSpan limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(parse);
        ArgumentNullException.ThrowIfNull(timedOut);
        var wait = limit >= TimeSpan.FromDays(1) ? Timeout.InfiniteTimeSpan : limit + Grace;
        var work = Task.Run(parse, CancellationToken.None);
        var finished = await Task.WhenAny(work, Task.Delay(wait, cancellationToken)).ConfigureAwait(false) == work;
        cancellationToken.ThrowIfCancellationRequested();
        return finished ? await work.ConfigureAwait(false) : timedOut(wait);
    }
}
