using Intake.Core.Catalog;
using Intake.Core.Quantities;
using Intake.Core.Reading;

namespace Intake.Core.Layout;

/// <summary>
/// Finds the header of the table in the first rows of a sheet, below any title and
/// 报告期/填报单位 lines: one row, or two when a merged group header sits over 本周/累计.
/// </summary>
public static class HeaderDetector
{
    /// <summary>How many rows from the top a header may start at.</summary>
    public const int SearchDepth = 30;

    public static TableHeader? Detect(ReportCatalog catalog, string? sheetName, IReadOnlyList<SheetRow> rows)
    {
        for (var i = 0; i < rows.Count && i < SearchDepth; i++)
        {
            var top = Classify(catalog, sheetName, rows[i]);
            // A group header row names indicators (or measures) over the row below; a title or a
            // 填报单位/报告期 line above a header does not, and must not swallow the header below it.
            if (top.Any(c => c.Role == ColumnRole.Value) && i + 1 < rows.Count && IsSubHeader(rows[i + 1]))
            {
                var combined = ColumnContent.Settle(catalog, Combine(top, Classify(catalog, sheetName, rows[i + 1])), rows.Skip(i + 2));
                if (combined.Ambiguity is not null || IsTable(combined.Columns))
                {
                    return new TableHeader(rows[i].Index, 2, combined.Columns, combined.Ambiguity);
                }
            }

            var single = ColumnContent.Settle(catalog, top, rows.Skip(i + 1));
            if (single.Ambiguity is not null || IsTable(single.Columns))
            {
                return new TableHeader(rows[i].Index, 1, single.Columns, single.Ambiguity);
            }
        }

        return null;
    }

    private static List<TableColumn> Classify(ReportCatalog catalog, string? sheetName, SheetRow row)
    {
        var columns = new List<TableColumn>(row.Cells.Count);
        for (var c = 0; c < row.Cells.Count; c++)
        {
            var text = row.Cells[c]?.Value as string ?? string.Empty;
            columns.Add(HeaderVocabulary.Classify(catalog, c, text, CellAddress.Format(sheetName, row.Index, c)));
        }

        return columns;
    }

    // A second header row holds words only, no quantity, and at least one names a measure (本周, 累计):
    // a header under a 填报单位/报告期 line names indicators but no measure, and stays a header of its own.
    private static bool IsSubHeader(SheetRow row) =>
        row.Cells.All(c => c is null || (c.Value is string text && QuantityParser.Parse(text).Status != QuantityParseStatus.Value))
        && row.Cells.Any(c => c?.Value is string text && HeaderGrammar.Read(text).IsMeasureOnly);

    private static List<TableColumn> Combine(List<TableColumn> top, List<TableColumn> bottom)
    {
        var combined = new List<TableColumn>(Math.Max(top.Count, bottom.Count));
        TableColumn? group = null;
        for (var c = 0; c < Math.Max(top.Count, bottom.Count); c++)
        {
            var parent = c < top.Count ? top[c] : null;
            var child = c < bottom.Count ? bottom[c] : null;
            if (parent is { HeaderText.Length: > 0 })
            {
                group = parent is { Role: ColumnRole.Value, Indicator: not null } ? parent : null;
            }
            else if (group is not null && child is { Role: ColumnRole.Value, Indicator: null })
            {
                // A CSV has no merged cells: an indicator over 本周 | 累计 stands over its first column only.
                parent = group with { Index = child.Index, HeaderCell = child.HeaderCell };
            }

            combined.Add(Combine(parent, child));
        }

        return combined;
    }

    private static TableColumn Combine(TableColumn? parent, TableColumn? child)
    {
        if (parent is null || parent.HeaderText.Length == 0 || parent.HeaderText == child?.HeaderText)
        {
            return child ?? parent!;
        }

        if (child is null || child.HeaderText.Length == 0)
        {
            return parent;
        }

        if (parent.Role == ColumnRole.Value && child.Role == ColumnRole.Value)
        {
            // 排查管道（米） over 本周 | 累计, or 本周 over indicator names: take the indicator from
            // whichever names one and the measure from the other.
            var measureSource = parent.Indicator is null ? parent : child;
            return child with
            {
                HeaderText = $"{parent.HeaderText} {child.HeaderText}",
                Indicator = parent.Indicator ?? child.Indicator,
                Measure = measureSource.Indicator is null ? measureSource.Measure : child.Measure,
                HeaderUnit = child.HeaderUnit ?? parent.HeaderUnit,
            };
        }

        return child.Role == ColumnRole.Unknown ? parent with { HeaderCell = child.HeaderCell } : child;
    }

    private static bool IsTable(IReadOnlyList<TableColumn> columns)
    {
        var indicatorLabel = columns.Any(c => c.Role == ColumnRole.IndicatorLabel);
        var orgUnitLabel = columns.Any(c => c.Role is ColumnRole.OrgUnitLabel or ColumnRole.UnitOrOrgUnitLabel);
        var values = columns.Where(c => c.Role == ColumnRole.Value).ToList();
        return indicatorLabel
            ? values.Count > 0 && values.All(c => c.Indicator is null)
            : orgUnitLabel && values.Any(c => c.Indicator is not null);
    }
}
