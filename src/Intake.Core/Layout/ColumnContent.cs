using Intake.Core.Messages;
using Intake.Core.Reading;
using Intake.Core.Reports;

namespace Intake.Core.Layout;

/// <summary>
/// Settles what the label columns of a table are by what their cells hold when the header words do not: the
/// indicator column of indicators down the side, the org-unit column of townships down the side, the measure
/// column of 本周/累计 rows, a unit column (次 盏 米) and a serial column (1 2 3). Header words stay the first
/// signal; cells decide where they say nothing (工作事项, 类别, empty) or where two headers claim one role, and a tie
/// is an error naming both.
/// </summary>
internal static class ColumnContent
{
    /// <summary>How many rows under the header are looked at.</summary>
    public const int SampleRows = 20;

    public static (List<TableColumn> Columns, ReportIssue? Ambiguity) Settle(
        LabelReader labels, List<TableColumn> columns, IReadOnlyList<SheetRow> sample)
    {
        var values = columns.Where(c => c.Role == ColumnRole.Value).ToList();
        if (sample.Count == 0 || values.Count == 0)
        {
            return (columns, null);
        }

        columns = MarkUnitsAndSerials(labels, columns, sample);
        if (values.All(c => c.Indicator is null))
        {
            // Measures or org units across the top want the indicators down the side; beside them the rows may name their
            // org unit (镇街 | 指标 | 本周) and their measure (指标 | 时段 | 峡窝镇 with 本周 and 累计 rows).
            var indicators = SettleRole(columns, sample, ColumnRole.IndicatorLabel, MessageCatalog.IndicatorColumnRole, text => labels.Read(text).Indicator is not null);
            if (indicators.Ambiguity is not null)
            {
                return indicators;
            }

            columns = indicators.Columns;
            if (!values.Any(c => c.OrgUnit is not null) && !columns.Any(c => c.Role is ColumnRole.OrgUnitLabel or ColumnRole.UnitOrOrgUnitLabel))
            {
                var orgUnits = SettleRole(columns, sample, ColumnRole.OrgUnitLabel, MessageCatalog.OrgUnitColumnRole, text => labels.Read(text).OrgUnit is not null);
                if (orgUnits.Ambiguity is not null)
                {
                    return orgUnits;
                }

                columns = orgUnits.Columns;
            }

            return values.Any(c => c.MeasureStated)
                ? (columns, null)
                : SettleRole(columns, sample, ColumnRole.MeasureLabel, MessageCatalog.MeasureColumnRole, text => IsMeasureOnly(labels.Read(text)));
        }

        // Indicators across the top: the rows are told apart by their org unit, their measure or their period.
        columns = columns.Select(c => c.Role == ColumnRole.IndicatorLabel ? Rerole(labels, c, sample) : c).ToList();
        if (values.Any(c => c.OrgUnit is not null) || columns.Any(c => c.Role is ColumnRole.MeasureLabel or ColumnRole.PeriodLabel))
        {
            return (columns, null);
        }

        var settled = SettleRole(columns, sample, ColumnRole.OrgUnitLabel, MessageCatalog.OrgUnitColumnRole, text => labels.Read(text).OrgUnit is not null);
        if (settled.Ambiguity is not null || settled.Columns.Any(c => c.Role is ColumnRole.OrgUnitLabel or ColumnRole.UnitOrOrgUnitLabel))
        {
            return settled;
        }

        return SettleRole(settled.Columns, sample, ColumnRole.MeasureLabel, MessageCatalog.MeasureColumnRole, text => IsMeasureOnly(labels.Read(text)));
    }

    private static bool IsMeasureOnly(LabelMeaning meaning) =>
        meaning is { Measure: not null, Indicator: null, OrgUnit: null, Total: TotalKind.None };

    // 指标 over 本周 | 累计 rows, with the indicators across the top: the column is what its cells name.
    private static TableColumn Rerole(LabelReader labels, TableColumn column, IReadOnlyList<SheetRow> sample)
    {
        var texts = Texts(sample, column.Index).Select(labels.Read).ToList();
        if (texts.Count == 0 || texts.Any(t => t.Indicator is not null))
        {
            return column;
        }

        return texts.All(IsMeasureOnly) ? column with { Role = ColumnRole.MeasureLabel }
            : texts.Any(t => t.OrgUnit is not null) ? column with { Role = ColumnRole.OrgUnitLabel }
            : column;
    }

    // An unnamed column of unit words beside the names is their unit; an unnamed first column counting 1, 2, 3 is a serial.
    private static List<TableColumn> MarkUnitsAndSerials(LabelReader labels, List<TableColumn> columns, IReadOnlyList<SheetRow> sample)
    {
        var firstValue = columns.FirstOrDefault(c => c.Role == ColumnRole.Value)?.Index ?? int.MaxValue;
        return columns.Select(c =>
        {
            if (c.Role != ColumnRole.Unknown)
            {
                return c;
            }

            var cells = sample.Select(r => r[c.Index]).Where(v => v is not null).Cast<CellValue>().ToList();
            if (cells.Count > 0 && cells.All(v => v.Value is string text && labels.Read(text).IsUnitWord))
            {
                return c with { Role = ColumnRole.UnitLabel };
            }

            return c.Index < firstValue && IsSerial(cells) ? c with { Role = ColumnRole.Ignored } : c;
        }).ToList();
    }

    private static bool IsSerial(List<CellValue> cells)
    {
        if (cells.Count < 2)
        {
            return false;
        }

        for (var i = 0; i < cells.Count; i++)
        {
            var number = cells[i].Value is double d ? d : Quantities.QuantityParser.Parse(cells[i].Text) is { Status: Quantities.QuantityParseStatus.Value, Unit: null } q ? q.Value : double.NaN;
            if (number != i + 1)
            {
                return false;
            }
        }

        return true;
    }

    private static (List<TableColumn> Columns, ReportIssue? Ambiguity) SettleRole(
        List<TableColumn> columns, IReadOnlyList<SheetRow> sample, ColumnRole role, string roleName, Func<string, bool> names)
    {
        var labelled = columns.Where(c => c.Role == role || (role == ColumnRole.OrgUnitLabel && c.Role == ColumnRole.UnitOrOrgUnitLabel)).ToList();
        if (labelled.Count == 1)
        {
            return (columns, null);
        }

        // Several headers claim the role: the cells choose among them. None does: the unnamed columns compete.
        var candidates = labelled.Count > 1 ? labelled : columns.Where(c => c.Role == ColumnRole.Unknown).ToList();
        var scored = candidates
            .Select(c => (Column: c, Hits: Hits(sample, c.Index, names)))
            .Where(s => s.Hits.Named > 0 && s.Hits.Named * 2 >= s.Hits.Texts)
            .OrderByDescending(s => s.Hits.Named)
            .ToList();
        if (scored.Count == 0)
        {
            return (columns, null);
        }

        if (scored.Count > 1 && scored[0].Hits.Named == scored[1].Hits.Named)
        {
            var (first, second) = (scored[0].Column, scored[1].Column);
            return (columns, new ReportIssue(Severity.Error, IssueCodes.AmbiguousColumn, first.HeaderCell, null,
                MessageCatalog.AmbiguousColumns(roleName, first.HeaderCell, second.HeaderCell), first.HeaderText, roleName));
        }

        var chosen = scored[0].Column.Index;
        return (columns.Select(c => c.Index == chosen ? c with { Role = role }
            : labelled.Contains(c) ? c with { Role = ColumnRole.Ignored }
            : c).ToList(), null);
    }

    private static IEnumerable<string> Texts(IReadOnlyList<SheetRow> sample, int column) =>
        sample.Select(r => r[column]?.Value as string).Where(t => t is not null && !RowLabels.IsTotal(t)).Cast<string>();

    private static (int Named, int Texts) Hits(IReadOnlyList<SheetRow> sample, int column, Func<string, bool> names)
    {
        var (named, texts) = (0, 0);
        foreach (var text in Texts(sample, column))
        {
            texts++;
            named += names(text) ? 1 : 0;
        }

        return (named, texts);
    }
}
