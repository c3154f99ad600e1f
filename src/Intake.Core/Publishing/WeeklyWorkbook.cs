using Intake.Core.Catalog;
using Intake.Core.Periods;
using Intake.Core.Quantities;
using Intake.Core.Reports;
using Intake.Core.Rollups;
using Intake.Core.Workbooks;

namespace Intake.Core.Publishing;

/// <summary>
/// The Monday workbook of one week: 汇总 (the district and every org unit, Chinese names and units, qualified values
/// written as offices write them), 完成情况 (reporters × recent weeks, coloured by status) and 数据核对
/// (reconciliation). Every text cell goes through <see cref="SpreadsheetText.Safe"/>.
/// </summary>
public static class WeeklyWorkbook
{
    public const string SummarySheet = "汇总";
    public const string CompletenessSheet = "完成情况";
    public const string ReconciliationSheet = "数据核对";

    /// <param name="catalog">Names and units.</param>
    /// <param name="report">The week exported.</param>
    /// <param name="history">Completeness rows of the weeks shown in 完成情况 (the exported week among them).</param>
    /// <param name="output">Where the .xlsx goes.</param>
    public static void Write(ReportCatalog catalog, WeeklyReport report, IReadOnlyList<CompletenessEntry> history, Stream output)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(history);
        using var writer = new XlsxWriter(output);
        WriteSummary(writer.AddSheet(SummarySheet), catalog, report);
        WriteCompleteness(writer.AddSheet(CompletenessSheet), catalog, report.Week, history);
        WriteReconciliation(writer.AddSheet(ReconciliationSheet), catalog, report);
    }

    /// <summary>A number cell when exact; otherwise the text an office would write (<c>2000余</c>, <c>2%以内</c>).</summary>
    public static object? ValueCell(WeeklyRollup? rollup, Indicator indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        return rollup is null ? null
            : rollup.Qualifier == Qualifier.Exact ? rollup.Value
            : QualifiedNumber.Write(rollup.Value, rollup.Qualifier, indicator.Unit == "%" ? "%" : string.Empty);
    }

    private static void WriteSummary(XlsxSheetWriter sheet, ReportCatalog catalog, WeeklyReport report)
    {
        sheet.Row(Bold($"上街区{WeekNames.Chinese(report.Week)}工作汇总")).Merge("A1:G1");
        sheet.Row(Bold("单位"), Bold("指标"), Bold("计量单位"), Bold("本周"), Bold("累计"), Bold("汇总方式"), Bold("报送份数"));
        var byKey = report.Rollups.ToDictionary(r => (r.OrgUnit, r.Indicator, r.Measure));
        var units = catalog.OrgUnits.Select(u => u.Code)
            .Concat(report.Rollups.Select(r => r.OrgUnit).Where(c => catalog.OrgUnitByCode(c) is null).Distinct().Order(StringComparer.Ordinal))
            .OrderBy(c => c == WeeklyRollupBuilder.District ? 0 : 1);
        foreach (var unit in units)
        {
            foreach (var indicator in catalog.Indicators)
            {
                var period = byKey.GetValueOrDefault((unit, indicator.Code, Measure.Period));
                var cumulative = byKey.GetValueOrDefault((unit, indicator.Code, Measure.Cumulative));
                if (period is null && cumulative is null)
                {
                    continue;
                }

                var shown = period ?? cumulative!;
                sheet.Row(
                    SpreadsheetText.Safe(catalog.OrgUnitByCode(unit)?.NameZh ?? unit),
                    SpreadsheetText.Safe(indicator.NameZh),
                    SpreadsheetText.Safe(indicator.Unit),
                    ValueCell(period, indicator),
                    ValueCell(cumulative, indicator),
                    RollupText.AggregationName(shown.Aggregation),
                    Math.Max(period?.ReportCount ?? 0, cumulative?.ReportCount ?? 0));
            }
        }
    }

    private static void WriteCompleteness(XlsxSheetWriter sheet, ReportCatalog catalog, Period week, IReadOnlyList<CompletenessEntry> history)
    {
        var weeks = history.Select(e => e.Week).Append(week.Code).Distinct().Order(StringComparer.Ordinal).ToList();
        sheet.Row(weeks.Select(w => (object?)Bold(SpreadsheetText.Safe(w))).Prepend(Bold("单位")).Append(Bold("本周报送时间")).ToArray());
        var entries = history.ToDictionary(e => (e.Reporter, e.Week));
        var reporters = catalog.ExpectedReporters.Select(u => u.Code)
            .Concat(history.Select(e => e.Reporter).Order(StringComparer.Ordinal))
            .Distinct();
        foreach (var reporter in reporters)
        {
            var cells = new List<object?> { SpreadsheetText.Safe(catalog.OrgUnitByCode(reporter)?.NameZh ?? reporter) };
            foreach (var code in weeks)
            {
                var status = entries.GetValueOrDefault((reporter, code))?.Status ?? ReportingStatus.NotExpected;
                cells.Add(new StyledCell(RollupText.StatusName(status), status switch
                {
                    ReportingStatus.OnTime => CellStyle.GoodFill,
                    ReportingStatus.Late => CellStyle.WarningFill,
                    ReportingStatus.Missing => CellStyle.BadFill,
                    _ => CellStyle.Normal,
                }));
            }

            var submitted = entries.GetValueOrDefault((reporter, week.Code))?.SubmittedAt;
            cells.Add(submitted is { } at ? TimeZoneInfo.ConvertTime(at, ShanghaiCalendar.TimeZone).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture) : null);
            sheet.Row(cells.ToArray());
        }
    }

    private static void WriteReconciliation(XlsxSheetWriter sheet, ReportCatalog catalog, WeeklyReport report)
    {
        sheet.Row(Bold("单位"), Bold("指标"), Bold("口径"), Bold("类型"), Bold("采用值"), Bold("不一致的值"), Bold("说明"));
        foreach (var item in report.Reconciliations)
        {
            sheet.Row(
                SpreadsheetText.Safe(catalog.OrgUnitByCode(item.OrgUnit)?.NameZh ?? item.OrgUnit),
                SpreadsheetText.Safe(catalog.IndicatorByCode(item.Indicator)?.NameZh ?? item.Indicator),
                RollupText.MeasureName(item.Measure),
                RollupText.KindName(item.Kind),
                item.ChosenValue,
                item.OtherValue,
                new StyledCell(SpreadsheetText.Safe(item.Message), CellStyle.Wrap));
        }
    }

    private static StyledCell Bold(string text) => new(text, CellStyle.Bold);
}
