using Intake.Core.Catalog;
using Intake.Core.Periods;
using Intake.Core.Quantities;
using Intake.Core.Reading;
using Intake.Core.Reports;

namespace Intake.Core.Layout;

/// <summary>What a data row's label cells say: its indicator, measure, org unit, unit and period, and whether it is a total.</summary>
internal sealed record RowContext(
    string? IndicatorText,
    LabelMeaning Indicator,
    string? OrgUnitText,
    int OrgUnitColumn,
    string? Unit,
    Measure? Measure,
    bool MeasureStated,
    CellValue? PeriodCell,
    string? Period,
    TotalKind Total,
    Periods.YearToDate? ToDate)
{
    /// <summary>True when a label other than the indicator's names something of the row: its measure, org unit or period.</summary>
    public bool HasOtherLabels => Measure is not null || OrgUnitText is not null || PeriodCell is not null;

    /// <summary>The period cell as written, when the row has one.</summary>
    public string? PeriodRaw => PeriodCell?.Text;

    public static RowContext From(LabelReader labels, TableHeader header, SheetRow row)
    {
        string? orgUnitText = null;
        var orgUnitColumn = -1;
        string? unit = null;
        string? indicatorText = null;
        var indicator = LabelMeaning.Empty;
        LabelMeaning? measure = null;
        CellValue? periodCell = null;
        var total = TotalKind.None;
        foreach (var column in header.Columns)
        {
            // Only label columns say anything of the row; their cells are read as text, the rest not at all.
            switch (column.Role)
            {
                case ColumnRole.Value:
                    continue;
                case ColumnRole.PeriodLabel:
                    periodCell ??= row[column.Index];
                    continue;
            }

            var cell = row[column.Index];
            var text = cell?.Text;
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            // 合计 (or the district's own name) may stand in any label column, 序号 and unnamed ones included; a number
            // (a serial) is no total.
            if (total == TotalKind.None && cell!.Value is string)
            {
                total = labels.Read(text).Total;
            }

            switch (column.Role)
            {
                case ColumnRole.IndicatorLabel when indicatorText is null:
                    (indicatorText, indicator) = (text, labels.Read(text));
                    break;
                case ColumnRole.MeasureLabel:
                    measure ??= labels.Read(text);
                    break;
                case ColumnRole.OrgUnitLabel:
                    (orgUnitText, orgUnitColumn) = (text, column.Index);
                    break;
                case ColumnRole.UnitLabel:
                    unit = UnitConverter.Normalize(text) ?? text;
                    break;
                case ColumnRole.UnitOrOrgUnitLabel when UnitConverter.Normalize(text) is { } word:
                    unit = word;
                    break;
                case ColumnRole.UnitOrOrgUnitLabel when RowLabels.IsTotal(text):
                    break;
                case ColumnRole.UnitOrOrgUnitLabel when header.IndicatorsInRows && labels.Catalog.FindOrgUnit(text) is null && !LooksLikeOrgUnit(text):
                    unit = text;
                    break;
                case ColumnRole.UnitOrOrgUnitLabel:
                    (orgUnitText, orgUnitColumn) = (text, column.Index);
                    break;
            }
        }

        var stated = measure is { MeasureStated: true } ? measure : indicator.MeasureStated ? indicator : null;
        return new RowContext(
            indicatorText,
            indicator,
            orgUnitText,
            orgUnitColumn,
            unit ?? indicator.Unit,
            stated?.Measure ?? measure?.Measure,
            stated is not null,
            periodCell,
            ParsePeriod(periodCell),
            total,
            (stated ?? measure)?.ToDate);
    }

    // In a 单位 column of a long table, a word that is neither a known unit nor a catalog org unit is
    // taken for an org unit when it is shaped like one (…镇, …街道, …局), else for a unit.
    private static bool LooksLikeOrgUnit(string text) =>
        text.EndsWith('镇') || text.EndsWith('乡') || text.EndsWith("街道", StringComparison.Ordinal) || text.EndsWith("办事处", StringComparison.Ordinal)
        || text.EndsWith('局') || text.EndsWith('委') || text.EndsWith("管委会", StringComparison.Ordinal) || text.EndsWith('区');

    private static string? ParsePeriod(CellValue? cell) => cell?.Value switch
    {
        DateTime date => DayCodes.Of(DateOnly.FromDateTime(date)),
        string text when Periods.Period.TryParse(text.Trim(), out var period) => period.Code,
        string text when PeriodText.FindAll(text) is [var match] => match.Period.Code,
        _ => null,
    };
}
