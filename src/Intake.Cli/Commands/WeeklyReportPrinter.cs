using System.Globalization;
using Intake.Core.Catalog;
using Intake.Core.Messages;
using Intake.Core.Periods;
using Intake.Core.Publishing;
using Intake.Core.Quantities;
using Intake.Core.Reports;
using Intake.Core.Rollups;

namespace Intake.Cli.Commands;

/// <summary>
/// Prints a week's district rollup, completeness and reconciliation as three tables, in the reader's language (the
/// command's <c>--lang</c>): column words, names and the reconciliation sentences are written from the catalogue in it.
/// </summary>
internal static class WeeklyReportPrinter
{
    public static void Print(TextWriter output, ReportCatalog catalog, WeeklyReport report, ReportLanguage language = ReportLanguage.Zh)
    {
        string[] Headers(params LocalizedText[] headers) => headers.Select(h => h.In(language)).ToArray();
        string UnitName(OrgUnitCode code) => catalog.OrgUnitByCode(code) is { } unit
            ? language == ReportLanguage.En && unit.NameEn.Length > 0 ? unit.NameEn : unit.NameZh
            : code;
        string IndicatorName(IndicatorCode code) => language == ReportLanguage.En ? code : catalog.IndicatorByCode(code)?.NameZh ?? code;
        string Value(WeeklyRollup? rollup, Indicator indicator) => rollup is null ? "—"
            : QualifiedNumber.Text(rollup.Value, rollup.Qualifier, indicator.Unit).In(language);

        output.WriteLine();
        output.WriteLine(MessageCatalog.ConsoleHeading(MessageCatalog.DistrictRollupHeading(WeekNames.Chinese(report.Week))));
        var district = report.Rollups.Where(r => r.OrgUnit == WeeklyRollupBuilder.District).ToDictionary(r => (r.Indicator, r.Measure));
        TextTable.Print(output, Headers(MessageCatalog.IndicatorColumn, MessageCatalog.AmountColumn(report.Week), MessageCatalog.CumulativeColumn, MessageCatalog.AggregationColumn, MessageCatalog.ReportCountColumn),
            catalog.Indicators
                .Select(i => (Indicator: i, Period: district.GetValueOrDefault((i.Code, Measure.Period)), Cumulative: district.GetValueOrDefault((i.Code, Measure.Cumulative))))
                .Where(x => x.Period is not null || x.Cumulative is not null)
                .Select(x => (IReadOnlyList<string>)
                [
                    IndicatorName(x.Indicator.Code),
                    Value(x.Period, x.Indicator),
                    Value(x.Cumulative, x.Indicator),
                    MessageCatalog.AggregationName((x.Period ?? x.Cumulative)!.Aggregation).In(language),
                    Math.Max(x.Period?.ReportCount ?? 0, x.Cumulative?.ReportCount ?? 0).ToString(CultureInfo.InvariantCulture),
                ]));

        output.WriteLine();
        output.WriteLine(MessageCatalog.ConsoleHeading(MessageCatalog.CompletenessHeading));
        TextTable.Print(output, Headers(MessageCatalog.UnitColumn, MessageCatalog.ReportingStatusColumn, MessageCatalog.SubmittedAtColumn),
            report.Completeness
                .OrderBy(c => catalog.OrgUnits.Select(u => u.Code).ToList().IndexOf(c.Reporter) is var i && i >= 0 ? i : int.MaxValue)
                .Select(c => (IReadOnlyList<string>)
                [
                    UnitName(c.Reporter),
                    MessageCatalog.ReportingStatusName(c.Status).In(language),
                    c.SubmittedAt is { } at ? TimeZoneInfo.ConvertTime(at, ShanghaiCalendar.TimeZone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : "—",
                ]));

        output.WriteLine();
        output.WriteLine(MessageCatalog.ConsoleHeading(MessageCatalog.ReconciliationHeading(report.Reconciliations.Count)));
        TextTable.Print(output, Headers(MessageCatalog.UnitColumn, MessageCatalog.IndicatorColumn, MessageCatalog.KindColumn, MessageCatalog.ChosenColumn, MessageCatalog.OtherColumn, MessageCatalog.ExplanationColumn),
            report.Reconciliations.Select(r => (IReadOnlyList<string>)
            [
                UnitName(r.OrgUnit),
                IndicatorName(r.Indicator),
                MessageCatalog.ReconciliationKindName(r.Kind).In(language),
                r.ChosenValue.ToString("0.##", CultureInfo.InvariantCulture),
                r.OtherValue.ToString("0.##", CultureInfo.InvariantCulture),
                MessageCatalog.Reconciliation(catalog, r).In(language),
            ]));
    }
}
