using Intake.Storage.Rollups;
using Microsoft.Azure.WebJobs;

namespace Intake.Cli.Serve.Jobs;

/// <summary>
/// <c>intake serve</c>'s twin of the function <c>BuildWeeklyRollups</c>, on the same <c>%RollupSchedule%</c>.
/// No schedule monitor: a run missed while serve was down is not caught up (<c>intake rollup</c> builds any week).
/// </summary>
public sealed class BuildWeeklyRollupsJob(BuildWeeklyRollupsHandler handler)
{
    [FunctionName("BuildWeeklyRollups")]
    public Task RunAsync([TimerTrigger("%RollupSchedule%", UseMonitor = false)] TimerInfo timer, CancellationToken cancellationToken) =>
        handler.RunAsync(cancellationToken: cancellationToken);
}
