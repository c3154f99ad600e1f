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
    string? PeriodRaw,
    string? Period)
{
    public static RowContext From(ReportCatalog catalog, TableHeader header, SheetRow row)
    {
        string? orgUnitText = null;
        var orgUnitColumn = -1;
        string? unit = null;
        foreach (var column in header.Columns)
        {
            var text = row[column.Index]?.Text;
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            switch (column.Role)
            {
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

        var periodCell = header.Column(ColumnRole.PeriodLabel) is { } periodColumn ? row[periodColumn.Index] : null;
        var indicatorText = header.Column(ColumnRole.IndicatorLabel) is { } indicatorColumn ? row[indicatorColumn.Index]?.Text : null;
        return new RowContext(
            indicatorText,
            orgUnitText,
            orgUnitColumn,
            unit ?? UnitConverter.FindHeaderUnit(indicatorText ?? string.Empty),
            periodCell?.Text,
            ParsePeriod(periodCell));
    }

    // In a 单位 column of a long table, a word that is neither a known unit nor a catalog org unit is
    // taken for an org unit when it is shaped like one (…镇, …街道, …局), else for a unit.
    private static bool LooksLikeOrgUnit(string text) =>
        text.EndsWith('镇') || text.EndsWith('乡') || text.EndsWith("街道", StringComparison.Ordinal) || text.EndsWith("办事处", StringComparison.Ordinal)
        || text.EndsWith('局') || text.EndsWith('委') || text.EndsWith("管委会", StringComparison.Ordinal) || text.EndsWith('区');

    private static string? ParsePeriod(CellValue? cell) => cell?.Value switch
    {
        DateTime date => Periods.Period.Day(DateOnly.FromDateTime(date)).Code,
        string text when Periods.Period.TryParse(text.Trim(), out var period) => period.Code,
        string text when Periods.PeriodText.FindAll(text) is [var match] => match.Period.Code,
        _ => null,
    };
}
