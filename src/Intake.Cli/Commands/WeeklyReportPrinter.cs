using System.Globalization;
using Intake.Core.Catalog;
using Intake.Core.Messages;
using Intake.Core.Periods;
using Intake.Core.Publishing;
using Intake.Core.Quantities;
using Intake.Core.Reports;
using Intake.Core.Rollups;

namespace Intake.Cli.Commands;

/// <summary>Prints a week's district rollup, completeness and reconciliation as three tables.</summary>
internal static class WeeklyReportPrinter
{
    public static void Print(TextWriter output, ReportCatalog catalog, WeeklyReport report)
    {
        output.WriteLine();
        output.WriteLine(MessageCatalog.ConsoleHeading(MessageCatalog.DistrictRollupHeading(WeekNames.Chinese(report.Week))));
        var district = report.Rollups.Where(r => r.OrgUnit == WeeklyRollupBuilder.District).ToDictionary(r => (r.Indicator, r.Measure));
        TextTable.Print(output, ["指标", "本周", "累计", "汇总方式", "报送份数"],
            catalog.Indicators
                .Select(i => (Indicator: i, Period: district.GetValueOrDefault((i.Code, Measure.Period)), Cumulative: district.GetValueOrDefault((i.Code, Measure.Cumulative))))
                .Where(x => x.Period is not null || x.Cumulative is not null)
                .Select(x => (IReadOnlyList<string>)
                [
                    x.Indicator.NameZh,
                    Value(x.Period, x.Indicator),
                    Value(x.Cumulative, x.Indicator),
                    RollupText.AggregationName((x.Period ?? x.Cumulative)!.Aggregation),
                    Math.Max(x.Period?.ReportCount ?? 0, x.Cumulative?.ReportCount ?? 0).ToString(CultureInfo.InvariantCulture),
                ]));

        output.WriteLine();
        output.WriteLine(MessageCatalog.ConsoleHeading(MessageCatalog.CompletenessHeading));
        TextTable.Print(output, ["单位", "状态", "报送时间"],
            report.Completeness
                .OrderBy(c => catalog.OrgUnits.Select(u => u.Code).ToList().IndexOf(c.Reporter) is var i && i >= 0 ? i : int.MaxValue)
                .Select(c => (IReadOnlyList<string>)
                [
                    catalog.OrgUnitByCode(c.Reporter)?.NameZh ?? c.Reporter,
                    RollupText.StatusName(c.Status),
                    c.SubmittedAt is { } at ? TimeZoneInfo.ConvertTime(at, ShanghaiCalendar.TimeZone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : "—",
                ]));

        output.WriteLine();
        output.WriteLine(MessageCatalog.ConsoleHeading(MessageCatalog.ReconciliationHeading(report.Reconciliations.Count)));
        TextTable.Print(output, ["单位", "指标", "类型", "采用值", "不一致的值", "说明"],
            report.Reconciliations.Select(r => (IReadOnlyList<string>)
            [
                catalog.OrgUnitByCode(r.OrgUnit)?.NameZh ?? r.OrgUnit,
                catalog.IndicatorByCode(r.Indicator)?.NameZh ?? r.Indicator,
                RollupText.KindName(r.Kind),
                r.ChosenValue.ToString("0.##", CultureInfo.InvariantCulture),
                r.OtherValue.ToString("0.##", CultureInfo.InvariantCulture),
                r.Message,
            ]));
    }

    private static string Value(WeeklyRollup? rollup, Indicator indicator) =>
        rollup is null ? "—" : QualifiedNumber.Write(rollup.Value, rollup.Qualifier, indicator.Unit);
}
