using Intake.Core.Catalog;
using Intake.Core.Messages;
using Intake.Core.Periods;
using Intake.Core.Rollups;
using Intake.Core.Workbooks;

namespace Intake.Core.Publishing;

/// <summary>
/// The Monday workbook of one week: 汇总 (the district and every org unit, Chinese names and units, numbers that stay
/// numbers), 完成情况 (reporters × recent weeks, coloured by status) and 数据核对 (reconciliation). Every text cell goes
/// through <see cref="SpreadsheetText.Safe"/>.
/// </summary>
public static class WeeklyWorkbook
{
    public static string SummarySheet => MessageCatalog.SummarySheetName.Zh;
    public static string CompletenessSheet => MessageCatalog.CompletenessSheetName.Zh;
    public static string ReconciliationSheet => MessageCatalog.ReconciliationSheetName.Zh;

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
        Publishing.SummarySheet.WriteSummary(writer, catalog, report.Week, report.Rollups.ToList<IRollupFigure>());
        WriteCompleteness(writer, catalog, report.Week, history);
        Publishing.SummarySheet.WriteReconciliation(writer, catalog, report.Reconciliations);
    }

    private static void WriteCompleteness(XlsxWriter writer, ReportCatalog catalog, Period week, IReadOnlyList<CompletenessEntry> history)
    {
        var weeks = history.Select(e => e.Week).Append(week.Code).Distinct().Order(StringComparer.Ordinal).ToList();
        var rows = new List<object?[]>
        {
            weeks.Select(w => (object?)Publishing.SummarySheet.Header(SpreadsheetText.Safe(w)))
                .Prepend(Publishing.SummarySheet.Header(MessageCatalog.UnitColumn.Zh)).Append(Publishing.SummarySheet.Header(MessageCatalog.SubmittedThisWeekColumn.Zh)).ToArray(),
        };
        var entries = history.ToDictionary(e => (e.Reporter, e.Week));
        var reporters = catalog.ExpectedReporters.Select(u => u.Code)
            .Concat(history.Select(e => e.Reporter).Order())
            .Distinct();
        foreach (var reporter in reporters)
        {
            var cells = new List<object?> { SpreadsheetText.Safe(catalog.OrgUnitByCode(reporter)?.NameZh ?? reporter) };
            foreach (var code in weeks)
            {
                var status = entries.GetValueOrDefault((reporter, code))?.Status ?? ReportingStatus.NotExpected;
                cells.Add(new StyledCell(MessageCatalog.ReportingStatusName(status).Zh, status switch
                {
                    ReportingStatus.OnTime => CellStyle.GoodFill,
                    ReportingStatus.Late => CellStyle.WarningFill,
                    ReportingStatus.Missing => CellStyle.BadFill,
                    _ => CellStyle.Normal,
                }));
            }

            var submitted = entries.GetValueOrDefault((reporter, week.Code))?.SubmittedAt;
            cells.Add(submitted is { } at ? TimeZoneInfo.ConvertTime(at, ShanghaiCalendar.TimeZone).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture) : null);
            rows.Add(cells.ToArray());
        }

        Publishing.SummarySheet.WriteTable(writer, MessageCatalog.CompletenessSheetName.Zh, null, rows);
    }
}
