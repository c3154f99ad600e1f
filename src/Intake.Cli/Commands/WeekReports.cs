using Intake.Core.Periods;
using Intake.Core.Rollups;
using Intake.Storage.Rollups;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.Cli.Commands;

/// <summary>What export and bulletin start from: the stored rollup of a week, built first when it never was.</summary>
internal static class WeekReports
{
    public static async Task<WeeklyReport> ReadOrBuildAsync(IServiceProvider services, Period? week, CancellationToken cancellationToken)
    {
        week ??= ShanghaiCalendar.PreviousWeek(services.GetRequiredService<TimeProvider>());
        var report = await services.GetRequiredService<WeeklyReportReader>().ReadAsync(week, cancellationToken);
        if (report.Completeness.Count > 0)
        {
            return report;
        }

        await Console.Error.WriteLineAsync($"{week.Code} 尚未汇总，先生成汇总 / {week.Code} was not rolled up yet; building it first");
        return await services.GetRequiredService<BuildWeeklyRollupsHandler>().RunAsync(week, cancellationToken);
    }
}
