using System.CommandLine;
using Intake.Core.Messages;
using Intake.Core.Periods;
using Intake.Core.Reports;
using Intake.Core.Rollups;
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
        var week = CommonOptions.Week("--week", MessageCatalog.Bilingual(MessageCatalog.WeekHelp));
        var from = CommonOptions.Week("--from", MessageCatalog.Bilingual(MessageCatalog.BackfillFromHelp));
        var to = CommonOptions.Week("--to", MessageCatalog.Bilingual(MessageCatalog.BackfillToHelp));
        var period = CommonOptions.LongPeriod("--period", MessageCatalog.Bilingual(MessageCatalog.LongPeriodHelp("2022-03、2022-Q1、2022")));
        var storage = CommonOptions.Storage();
        var catalog = CommonOptions.Catalog();
        var command = new Command("rollup", MessageCatalog.Bilingual(MessageCatalog.RollupHelp)) { week, from, to, period, storage, catalog };
        command.Validators.Add(result =>
        {
            var hasWeek = result.GetValue(week) is not null;
            var hasFrom = result.GetValue(from) is not null;
            var hasTo = result.GetValue(to) is not null;
            if (result.GetValue(period) is not null && (hasWeek || hasFrom || hasTo))
            {
                result.AddError(MessageCatalog.Bilingual(MessageCatalog.PeriodWithWeeks));
            }
            else if (hasWeek && (hasFrom || hasTo))
            {
                result.AddError(MessageCatalog.Bilingual(MessageCatalog.WeekWithBackfill));
            }
            else if (hasFrom != hasTo)
            {
                result.AddError(MessageCatalog.Bilingual(MessageCatalog.BackfillNeedsBothEnds));
            }
        });
        command.SetAction(async (result, cancellationToken) =>
        {
            var first = CommonOptions.WeekValue(result, from);
            var last = CommonOptions.WeekValue(result, to);
            if (first is not null && last is not null && first.Start > last.Start)
            {
                await Console.Error.WriteLineAsync(MessageCatalog.Bilingual(MessageCatalog.BackfillReversed(first.Code, last.Code)));
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
                    Console.WriteLine(Row(rollup.Period, rollup));
                }

                Console.WriteLine(MessageCatalog.Bilingual(MessageCatalog.PeriodRolledUp(
                    report.Period.Code, report.Rollups.Count, report.Reconciliations.Count, report.Completeness.Count(c => c.Expected && c.Complete),
                    report.Completeness.Count(c => c.Expected), report.Completeness.FirstOrDefault()?.Weeks ?? 0)));
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
                    Console.WriteLine(Row(rollup.Week, rollup));
                }

                Console.WriteLine(MessageCatalog.Bilingual(MessageCatalog.WeekRolledUp(
                    built.Week.Code, built.Rollups.Count, built.Reconciliations.Count, built.Completeness.Count(c => c.Expected && c.Received), built.Completeness.Count(c => c.Expected))));
                return ExitCodes.Accepted;
            }

            var weeks = Weeks(first, last);
            var progress = new ProgressBar(Console.Error, weeks.Count);
            foreach (var (w, i) in weeks.Select((w, i) => (w, i)))
            {
                var built = await handler.RunAsync(w, cancellationToken);
                progress.Report(i + 1, MessageCatalog.Bilingual(MessageCatalog.WeekRows(w.Code, built.Rollups.Count)));
            }

            progress.Finish();
            Console.WriteLine(MessageCatalog.Bilingual(MessageCatalog.WeeksRebuilt(weeks.Count, first.Code, last.Code)));
            return ExitCodes.Accepted;
        });
        return command;
    }

    // One rollup row, its codes as the tables hold them.
    private static string Row(string period, IRollupFigure rollup) =>
        $"{period} {rollup.OrgUnit,-12} {rollup.Indicator,-32} {ContractNames.Of(rollup.Measure),-10} {rollup.Value,12:0.##} {ContractNames.Of(rollup.Qualifier)}";

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
