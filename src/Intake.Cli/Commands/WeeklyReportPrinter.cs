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
        TextTable.Print(output, Zh(MessageCatalog.IndicatorColumn, MessageCatalog.AmountColumn(report.Week), MessageCatalog.CumulativeColumn, MessageCatalog.AggregationColumn, MessageCatalog.ReportCountColumn),
            catalog.Indicators
                .Select(i => (Indicator: i, Period: district.GetValueOrDefault((i.Code, Measure.Period)), Cumulative: district.GetValueOrDefault((i.Code, Measure.Cumulative))))
                .Where(x => x.Period is not null || x.Cumulative is not null)
                .Select(x => (IReadOnlyList<string>)
                [
                    x.Indicator.NameZh,
                    Value(x.Period, x.Indicator),
                    Value(x.Cumulative, x.Indicator),
                    MessageCatalog.AggregationName((x.Period ?? x.Cumulative)!.Aggregation).Zh,
                    Math.Max(x.Period?.ReportCount ?? 0, x.Cumulative?.ReportCount ?? 0).ToString(CultureInfo.InvariantCulture),
                ]));

        output.WriteLine();
        output.WriteLine(MessageCatalog.ConsoleHeading(MessageCatalog.CompletenessHeading));
        TextTable.Print(output, Zh(MessageCatalog.UnitColumn, MessageCatalog.ReportingStatusColumn, MessageCatalog.SubmittedAtColumn),
            report.Completeness
                .OrderBy(c => catalog.OrgUnits.Select(u => u.Code).ToList().IndexOf(c.Reporter) is var i && i >= 0 ? i : int.MaxValue)
                .Select(c => (IReadOnlyList<string>)
                [
                    catalog.OrgUnitByCode(c.Reporter)?.NameZh ?? c.Reporter,
                    MessageCatalog.ReportingStatusName(c.Status).Zh,
                    c.SubmittedAt is { } at ? TimeZoneInfo.ConvertTime(at, ShanghaiCalendar.TimeZone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : "—",
                ]));

        output.WriteLine();
        output.WriteLine(MessageCatalog.ConsoleHeading(MessageCatalog.ReconciliationHeading(report.Reconciliations.Count)));
        TextTable.Print(output, Zh(MessageCatalog.UnitColumn, MessageCatalog.IndicatorColumn, MessageCatalog.KindColumn, MessageCatalog.ChosenColumn, MessageCatalog.OtherColumn, MessageCatalog.ExplanationColumn),
            report.Reconciliations.Select(r => (IReadOnlyList<string>)
            [
                catalog.OrgUnitByCode(r.OrgUnit)?.NameZh ?? r.OrgUnit,
                catalog.IndicatorByCode(r.Indicator)?.NameZh ?? r.Indicator,
                MessageCatalog.ReconciliationKindName(r.Kind).Zh,
                r.ChosenValue.ToString("0.##", CultureInfo.InvariantCulture),
                r.OtherValue.ToString("0.##", CultureInfo.InvariantCulture),
                MessageCatalog.Reconciliation(catalog, r).Zh,
            ]));
    }

    private static string[] Zh(params LocalizedText[] headers) => headers.Select(h => h.Zh).ToArray();

    private static string Value(WeeklyRollup? rollup, Indicator indicator) =>
        rollup is null ? "—" : QualifiedNumber.Write(rollup.Value, rollup.Qualifier, indicator.Unit);
}
