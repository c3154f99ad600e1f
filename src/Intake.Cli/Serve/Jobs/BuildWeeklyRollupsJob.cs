using Intake.Storage.Rollups;
using Microsoft.Azure.WebJobs;

namespace Intake.Cli.Serve.Jobs;

/// <summary>
/// <c>intake serve</c>'s twin of the function <c>BuildWeeklyRollups</c>, on the same <c>%RollupSchedule%</c>.
/// No schedule monitor (the timer extension's storage monitor does not load beside this host's storage
/// package): the handler itself catches up on weeks a stopped serve missed, from its last-built mark.
/// </summary>
public sealed class BuildWeeklyRollupsJob(BuildWeeklyRollupsHandler handler)
{
    [FunctionName("BuildWeeklyRollups")]
    public Task RunAsync([TimerTrigger("%RollupSchedule%", UseMonitor = false)] TimerInfo timer, CancellationToken cancellationToken) =>
        handler.RunScheduledAsync(timer.IsPastDue, cancellationToken);
}
