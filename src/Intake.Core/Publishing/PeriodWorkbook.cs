using Intake.Core.Catalog;
using Intake.Core.Messages;
using Intake.Core.Rollups;
using Intake.Core.Workbooks;

namespace Intake.Core.Publishing;

/// <summary>
/// The workbook of a month, quarter or year: 汇总 as for a week, 完成情况 as weeks reported per reporter (due,
/// reported, on time, late, missing; a unit that missed a week in red, one late in yellow), and 数据核对.
/// </summary>
public static class PeriodWorkbook
{
    public static void Write(ReportCatalog catalog, PeriodReport report, Stream output)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(report);
        using var writer = new XlsxWriter(output);
        SummarySheet.WriteSummary(writer, catalog, report.Period, report.Rollups.ToList<IRollupFigure>());
        var rows = new List<object?[]>
        {
            new object?[] { SummarySheet.Header(MessageCatalog.UnitColumn.Zh), SummarySheet.Header(MessageCatalog.WeeksDueColumn.Zh), SummarySheet.Header(MessageCatalog.WeeksReceivedColumn.Zh),
                SummarySheet.Header(MessageCatalog.WeeksOnTimeColumn.Zh), SummarySheet.Header(MessageCatalog.WeeksLateColumn.Zh), SummarySheet.Header(MessageCatalog.WeeksMissingColumn.Zh) },
        };
        var order = catalog.OrgUnits.Select((u, i) => (u.Code, i)).ToDictionary(x => x.Code, x => x.i);
        foreach (var entry in report.Completeness.OrderBy(c => order.GetValueOrDefault(c.Reporter, int.MaxValue)).ThenBy(c => c.Reporter))
        {
            var fill = entry.WeeksMissing > 0 && entry.Expected ? CellStyle.BadFill : entry.WeeksLate > 0 ? CellStyle.WarningFill : CellStyle.GoodFill;
            rows.Add(
            [
                new StyledCell(SpreadsheetText.Safe(catalog.OrgUnitByCode(entry.Reporter)?.NameZh ?? entry.Reporter), fill),
                entry.Weeks,
                entry.WeeksReceived,
                entry.WeeksOnTime,
                entry.WeeksLate,
                entry.WeeksMissing,
            ]);
        }

        SummarySheet.WriteTable(writer, MessageCatalog.CompletenessSheetName.Zh, null, rows);
        SummarySheet.WriteReconciliation(writer, catalog, report.Reconciliations);
    }
}
