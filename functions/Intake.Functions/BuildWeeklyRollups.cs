using Intake.Storage.Rollups;
using Microsoft.Azure.Functions.Worker;

namespace Intake.Functions;

/// <summary>
/// Builds the rollups of the week that just ended, of weeks a missed run skipped and of weeks late or corrected
/// reports marked dirty. The schedule comes from the app setting <c>RollupSchedule</c>; default
/// <c>0 0 22 * * 0</c> = Sunday 22:00 UTC = Monday 06:00 Asia/Shanghai (timers run in UTC on Linux plans, so the
/// Shanghai week is computed in code).
/// </summary>
public sealed class BuildWeeklyRollups(BuildWeeklyRollupsHandler handler)
{
    [Function(nameof(BuildWeeklyRollups))]
    public Task RunAsync([TimerTrigger("%RollupSchedule%")] TimerInfo timer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timer);
        return handler.RunScheduledAsync(timer.IsPastDue, cancellationToken);
    }
}
