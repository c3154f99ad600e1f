using Intake.Core.Catalog;
using Intake.Core.Periods;
using Intake.Core.Quantities;
using Intake.Core.Reading;

namespace Intake.Core.Layout;

/// <summary>What a data row's label cells say: its indicator, org unit, unit and period.</summary>
internal sealed record RowContext(
    string? IndicatorText,
    string? OrgUnitText,
    int OrgUnitColumn,
    string? Unit,
    CellValue? PeriodCell,
    string? Period)
{
    /// <summary>The period cell as written, when the row has one.</summary>
    public string? PeriodRaw => PeriodCell?.Text;

    public static RowContext From(ReportCatalog catalog, TableHeader header, SheetRow row)
    {
        string? orgUnitText = null;
        var orgUnitColumn = -1;
        string? unit = null;
        string? indicatorText = null;
        CellValue? periodCell = null;
        foreach (var column in header.Columns)
        {
            // Only label columns say anything of the row; their cells are read as text, the rest not at all.
            switch (column.Role)
            {
                case ColumnRole.Value or ColumnRole.Ignored or ColumnRole.Unknown:
                    continue;
                case ColumnRole.PeriodLabel:
                    periodCell ??= row[column.Index];
                    continue;
            }

            var text = row[column.Index]?.Text;
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            switch (column.Role)
            {
                case ColumnRole.IndicatorLabel:
                    indicatorText ??= text;
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
                case ColumnRole.UnitOrOrgUnitLabel when header.IndicatorsInRows && catalog.FindOrgUnit(text) is null && !LooksLikeOrgUnit(text):
                    unit = text;
                    break;
                case ColumnRole.UnitOrOrgUnitLabel:
                    (orgUnitText, orgUnitColumn) = (text, column.Index);
                    break;
            }
        }

        return new RowContext(
            indicatorText,
            orgUnitText,
            orgUnitColumn,
            unit ?? (indicatorText is null ? null : UnitConverter.FindHeaderUnit(indicatorText)),
            periodCell,
            ParsePeriod(periodCell));
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
        string text when Periods.PeriodText.FindAll(text) is [var match] => match.Period.Code,
        _ => null,
    };
}
