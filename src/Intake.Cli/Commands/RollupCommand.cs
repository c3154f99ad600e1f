using System.CommandLine;
using Intake.Core.Periods;
using Intake.Core.Reports;
using Intake.Storage.Rollups;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.Cli.Commands;

/// <summary>
/// <c>intake rollup [--week W | --from W --to W | --period 2022-03|2022-Q1|2022]</c>: rebuilds one week (default: the
/// week that ended last) or a run of weeks, as the timer function does, with a progress bar on backfills; or one
/// month, quarter or year.
/// </summary>
internal static class RollupCommand
{
    public static Command Create()
    {
        var week = CommonOptions.Week("--week", "ISO 周，如 2022-W13；默认为上一周（上海时间）/ ISO week, default: the week that ended last");
        var from = CommonOptions.Week("--from", "补算起始周（含）/ first week of a backfill");
        var to = CommonOptions.Week("--to", "补算结束周（含）/ last week of a backfill");
        var period = CommonOptions.LongPeriod("--period", "月、季度或年，如 2022-03、2022-Q1、2022 / a month, quarter or year");
        var storage = CommonOptions.Storage();
        var catalog = CommonOptions.Catalog();
        var command = new Command("rollup", "生成周汇总（或月、季度、年汇总）、完成情况和数据核对 / build the weekly (or monthly, quarterly, yearly) rollups, completeness and reconciliation") { week, from, to, period, storage, catalog };
        command.Validators.Add(result =>
        {
            var hasWeek = result.GetValue(week) is not null;
            var hasFrom = result.GetValue(from) is not null;
            var hasTo = result.GetValue(to) is not null;
            if (result.GetValue(period) is not null && (hasWeek || hasFrom || hasTo))
            {
                result.AddError("--period 不能与 --week、--from/--to 同时使用 / --period cannot be combined with --week or --from/--to");
            }
            else if (hasWeek && (hasFrom || hasTo))
            {
                result.AddError("--week 不能与 --from/--to 同时使用 / --week cannot be combined with --from/--to");
            }
            else if (hasFrom != hasTo)
            {
                result.AddError("--from 与 --to 须同时给出 / --from and --to go together");
            }
        });
        command.SetAction(async (result, cancellationToken) =>
        {
            var first = CommonOptions.WeekValue(result, from);
            var last = CommonOptions.WeekValue(result, to);
            if (first is not null && last is not null && first.Start > last.Start)
            {
                await Console.Error.WriteLineAsync($"起始周 {first.Code} 晚于结束周 {last.Code} / --from is after --to");
                return ExitCodes.Usage;
            }

            await using var services = CliServices.Build(result.GetRequiredValue(storage), result.GetValue(catalog));
            if (CommonOptions.PeriodValue(result, period) is { } longPeriod)
            {
                if (CommonOptions.IsOutOfRange(services, longPeriod))
                {
                    return ExitCodes.Usage;
                }

                var report = await services.GetRequiredService<BuildPeriodRollupsHandler>().RunAsync(longPeriod, cancellationToken);
                foreach (var rollup in report.Rollups)
                {
                    Console.WriteLine($"{rollup.Period} {rollup.OrgUnit,-12} {rollup.Indicator,-32} {ContractNames.Of(rollup.Measure),-10} {rollup.Value,12:0.##} {ContractNames.Of(rollup.Qualifier)}");
                }

                Console.WriteLine($"{report.Period.Code}：汇总 {report.Rollups.Count} 行，核对 {report.Reconciliations.Count} 项，报齐 {report.Completeness.Count(c => c.Expected && c.Complete)}/{report.Completeness.Count(c => c.Expected)}（{report.Completeness.FirstOrDefault()?.Weeks ?? 0} 周）/ rollups, reconciliation items, reporters with every week");
                return ExitCodes.Accepted;
            }

            var handler = services.GetRequiredService<BuildWeeklyRollupsHandler>();
            if (new[] { first, last, CommonOptions.WeekValue(result, week) }.OfType<Period>().Any(w => CommonOptions.IsOutOfRange(services, w)))
            {
                return ExitCodes.Usage;
            }

            if (first is null || last is null)
            {
                var built = await handler.RunAsync(CommonOptions.WeekValue(result, week), cancellationToken);
                foreach (var rollup in built.Rollups)
                {
                    Console.WriteLine($"{rollup.Week} {rollup.OrgUnit,-12} {rollup.Indicator,-32} {ContractNames.Of(rollup.Measure),-10} {rollup.Value,12:0.##} {ContractNames.Of(rollup.Qualifier)}");
                }

                Console.WriteLine($"{built.Week.Code}：汇总 {built.Rollups.Count} 行，核对 {built.Reconciliations.Count} 项，已报送 {built.Completeness.Count(c => c.Expected && c.Received)}/{built.Completeness.Count(c => c.Expected)} / rollups, reconciliation items, reporters received");
                return ExitCodes.Accepted;
            }

            var weeks = Weeks(first, last);
            var progress = new ProgressBar(Console.Error, weeks.Count);
            foreach (var (w, i) in weeks.Select((w, i) => (w, i)))
            {
                var built = await handler.RunAsync(w, cancellationToken);
                progress.Report(i + 1, $"{w.Code}：{built.Rollups.Count} 行 / rows");
            }

            progress.Finish();
            Console.WriteLine($"已重算 {weeks.Count} 周：{first.Code} 至 {last.Code} / rebuilt {weeks.Count} weeks");
            return ExitCodes.Accepted;
        });
        return command;
    }

    private static List<Period> Weeks(Period first, Period last)
    {
        var weeks = new List<Period>();
        for (var w = first; w.Start <= last.Start; w = Period.Week(w.End.AddDays(1)))
        {
            weeks.Add(w);
        }

        return weeks;
    }
}
