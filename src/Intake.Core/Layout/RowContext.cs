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
                case ColumnRole.UnitOrOrgUnitLabel when header.IndicatorsInRows && catalog.FindOrgUnit(text) is null:
                    unit = text;
                    break;
                case ColumnRole.UnitOrOrgUnitLabel:
                    (orgUnitText, orgUnitColumn) = (text, column.Index);
                    break;
            }
        }

        var periodCell = header.Column(ColumnRole.PeriodLabel) is { } periodColumn ? row[periodColumn.Index] : null;
        return new RowContext(
            header.Column(ColumnRole.IndicatorLabel) is { } indicatorColumn ? row[indicatorColumn.Index]?.Text : null,
            orgUnitText,
            orgUnitColumn,
            unit,
            periodCell?.Text,
            ParsePeriod(periodCell));
    }

    private static string? ParsePeriod(CellValue? cell) => cell?.Value switch
    {
        DateTime date => Periods.Period.Day(DateOnly.FromDateTime(date)).Code,
        string text when Periods.Period.TryParse(text.Trim(), out var period) => period.Code,
        string text when Periods.PeriodText.FindAll(text) is [var match] => match.Period.Code,
        _ => null,
    };
}
