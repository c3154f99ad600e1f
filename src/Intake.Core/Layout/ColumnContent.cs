using Intake.Core.Catalog;
using Intake.Core.Messages;
using Intake.Core.Reading;
using Intake.Core.Reports;

namespace Intake.Core.Layout;

/// <summary>
/// Recognizes the indicator and org-unit columns by what their cells name when the header words do
/// not settle it: a header that says nothing (工作事项, 类别, empty, a merged title above), or two
/// headers that both claim the role. Header words stay the first signal; a tie is an error naming both.
/// </summary>
internal static class ColumnContent
{
    /// <summary>How many rows under the header are looked at.</summary>
    private const int SampleRows = 20;

    public static (IReadOnlyList<TableColumn> Columns, ReportIssue? Ambiguity) Settle(
        ReportCatalog catalog, List<TableColumn> columns, IEnumerable<SheetRow> below)
    {
        var sample = below.Take(SampleRows).ToList();
        if (sample.Count == 0)
        {
            return (columns, null);
        }

        var values = columns.Where(c => c.Role == ColumnRole.Value).ToList();
        if (values.Count == 0)
        {
            return (columns, null);
        }

        // Measures without indicators (本周 | 累计) want an indicator column; indicators in the header
        // (one per column) want an org-unit column.
        return values.All(c => c.Indicator is null)
            ? SettleRole(columns, sample, ColumnRole.IndicatorLabel, MessageCatalog.IndicatorColumnRole, text => catalog.FindIndicator(text) is not null)
            : SettleRole(columns, sample, ColumnRole.OrgUnitLabel, MessageCatalog.OrgUnitColumnRole, text => catalog.FindOrgUnit(text) is not null);
    }

    private static (IReadOnlyList<TableColumn>, ReportIssue?) SettleRole(
        List<TableColumn> columns, List<SheetRow> sample, ColumnRole role, string roleName, Func<string, bool> names)
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

    private static (int Named, int Texts) Hits(List<SheetRow> sample, int column, Func<string, bool> names)
    {
        var (named, texts) = (0, 0);
        foreach (var row in sample)
        {
            if (row[column]?.Value is not string text || RowLabels.IsTotal(text))
            {
                continue;
            }

            texts++;
            named += names(text) ? 1 : 0;
        }

        return (named, texts);
    }
}
