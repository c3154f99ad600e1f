using Intake.Core.Catalog;
using Intake.Core.Messages;
using Intake.Core.Periods;
using Intake.Core.Quantities;
using Intake.Core.Reports;
using Intake.Core.Rollups;
using Intake.Core.Workbooks;

namespace Intake.Core.Publishing;

/// <summary>
/// The sheets a week's and a period's workbooks share: 汇总 (the district and every org unit, Chinese names and units,
/// every value a number — a bounded one keeps its number and shows 余/以内 by its number format) and 数据核对. Columns
/// are as wide as their text, the header rows stay in view.
/// </summary>
internal static class SummarySheet
{
    public static void WriteSummary(XlsxWriter writer, ReportCatalog catalog, Period period, IReadOnlyList<IRollupFigure> rollups)
    {
        var rows = new List<object?[]>
        {
            new object?[] { Header(MessageCatalog.UnitColumn.Zh), Header(MessageCatalog.IndicatorColumn.Zh), Header(MessageCatalog.MeasurementUnitColumn.Zh), Header(MessageCatalog.AmountColumn(period).Zh),
                Header(MessageCatalog.CumulativeColumn.Zh), Header(MessageCatalog.AggregationColumn.Zh), Header(MessageCatalog.ReportCountColumn.Zh) },
        };
        var byKey = rollups.ToDictionary(r => (r.OrgUnit, r.Indicator, r.Measure));
        var units = catalog.OrgUnits.Select(u => u.Code)
            .Concat(rollups.Select(r => r.OrgUnit).Where(c => catalog.OrgUnitByCode(c) is null).Distinct().Order())
            .OrderBy(c => c == WeeklyRollupBuilder.District ? 0 : 1);
        foreach (var unit in units)
        {
            foreach (var indicator in catalog.Indicators)
            {
                var amount = byKey.GetValueOrDefault((unit, indicator.Code, Measure.Period));
                var cumulative = byKey.GetValueOrDefault((unit, indicator.Code, Measure.Cumulative));
                if (amount is null && cumulative is null)
                {
                    continue;
                }

                rows.Add(
                [
                    SpreadsheetText.Safe(catalog.OrgUnitByCode(unit)?.NameZh ?? unit),
                    SpreadsheetText.Safe(indicator.NameZh),
                    SpreadsheetText.Safe(indicator.Unit),
                    Quantity(amount, indicator),
                    Quantity(cumulative, indicator),
                    MessageCatalog.AggregationName((amount ?? cumulative)!.Aggregation).Zh,
                    Math.Max(amount?.ReportCount ?? 0, cumulative?.ReportCount ?? 0),
                ]);
            }
        }

        WriteTable(writer, MessageCatalog.SummarySheetName.Zh, Bold(MessageCatalog.WorkbookTitle(period).Zh), rows);
    }

    public static void WriteReconciliation(XlsxWriter writer, ReportCatalog catalog, IReadOnlyList<ReconciliationItem> items)
    {
        var rows = new List<object?[]>
        {
            new object?[] { Header(MessageCatalog.UnitColumn.Zh), Header(MessageCatalog.IndicatorColumn.Zh), Header(MessageCatalog.MeasureColumn.Zh), Header(MessageCatalog.KindColumn.Zh),
                Header(MessageCatalog.ChosenColumn.Zh), Header(MessageCatalog.OtherColumn.Zh), Header(MessageCatalog.ExplanationColumn.Zh) },
        };
        rows.AddRange(items.Select(item => new object?[]
        {
            SpreadsheetText.Safe(catalog.OrgUnitByCode(item.OrgUnit)?.NameZh ?? item.OrgUnit),
            SpreadsheetText.Safe(catalog.IndicatorByCode(item.Indicator)?.NameZh ?? item.Indicator),
            MessageCatalog.MeasureName(item.Measure).Zh,
            MessageCatalog.ReconciliationKindName(item.Kind).Zh,
            item.ChosenValue,
            item.OtherValue,
            new StyledCell(SpreadsheetText.Safe(MessageCatalog.Reconciliation(catalog, item).Zh), CellStyle.Wrap),
        }));
        WriteTable(writer, MessageCatalog.ReconciliationSheetName.Zh, null, rows, lastColumnWidth: 80);
    }

    /// <summary>A value as a number cell, its qualifier shown by its number format: 2000 shown as 2000余, 2 of a percent as 2%以内.</summary>
    public static StyledCell? Quantity(IRollupFigure? figure, Indicator indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        if (figure is null)
        {
            return null;
        }

        var percent = indicator.Unit == "%";
        var style = figure.Qualifier switch
        {
            Qualifier.AtLeast => percent ? CellStyle.PercentAtLeast : CellStyle.AtLeast,
            Qualifier.AtMost => percent ? CellStyle.PercentAtMost : CellStyle.AtMost,
            Qualifier.Approx => percent ? CellStyle.PercentApprox : CellStyle.Approx,
            _ => percent ? CellStyle.PercentPoints : CellStyle.Normal,
        };
        return new StyledCell(figure.Value, style);
    }

    /// <summary>Writes a sheet: an optional title row merged over the table, then the header row and the rows, the top frozen.</summary>
    public static void WriteTable(XlsxWriter writer, string name, StyledCell? title, List<object?[]> rows, double? lastColumnWidth = null)
    {
        var widths = XlsxSheetLayout.Fit(rows).ToList();
        if (lastColumnWidth is { } last && widths.Count > 0)
        {
            widths[^1] = last;
        }

        var sheet = writer.AddSheet(name, layout: new XlsxSheetLayout(widths, title is null ? 1 : 2));
        if (title is not null)
        {
            sheet.Row(title).Merge($"A1:{Reading.CellAddress.ColumnName(widths.Count - 1)}1");
        }

        foreach (var row in rows)
        {
            sheet.Row(row);
        }
    }

    public static StyledCell Bold(string text) => new(text, CellStyle.Bold);

    public static StyledCell Header(string text) => new(text, CellStyle.Header);
}
