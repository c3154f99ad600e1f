using Intake.Core.Reading;

namespace Intake.Core.Layout;

/// <summary>
/// Decides whether a table starts at the current row, and how it runs: which rows head it (one, or two when a
/// merged group header stands over 本周 | 累计 or over the townships), whether a row of units follows, which columns
/// label the rows and which hold values — told by the header words first and by the cells under them where the
/// words say nothing. A table may run either way: indicators down the side and org units or measures across the
/// top, or the reverse.
/// </summary>
internal sealed class TableFinder(LabelReader labels, string? sheetName)
{
    /// <summary>How many rows the finder looks at: two header rows, a unit row and the sample under them.</summary>
    public const int Lookahead = ColumnContent.SampleRows + 3;

    /// <summary>
    /// The tables whose header starts at the current row of <paramref name="rows"/>: one across the sheet, or several side
    /// by side, parted by an empty column; none when no table starts there.
    /// </summary>
    public IReadOnlyList<TableHeader> Find(RowLookahead rows)
    {
        // Side by side first: two tables under one row of headers would read as one with columns that say nothing.
        var regions = Regions(rows);
        if (regions.Count >= 2 && regions.Select(r => Find(rows, r)).OfType<TableHeader>().ToList() is { Count: >= 2 } beside)
        {
            return beside;
        }

        return Find(rows, null) is { } whole ? [whole] : [];
    }

    private TableHeader? Find(RowLookahead rows, Region? region)
    {
        var top = Within(rows.Peek(0), region);
        if (top is null || !RowShape.IsHeaderLike(top, labels))
        {
            return null;
        }

        var below = Within(rows.Peek(1), region);
        var belowIsHeader = below is not null && RowShape.IsHeaderLike(below, labels);
        // Two rows make one header when the upper names what the lower does not: 城镇新增就业 over 本周 | 累计, 峡窝镇
        // over 本周 | 累计, 本周 over the indicators.
        if (belowIsHeader && below!.Index == top.Index + 1 && Build(rows, [top, below], region) is ({ } two, true))
        {
            return two;
        }

        if (Build(rows, [top], region).Table is not { } one)
        {
            return null;
        }

        // A line of words over a header of its own (填报单位 | 峡窝镇 | 报告期 | …) is not the header.
        return belowIsHeader && one.Ambiguity is null && Build(rows, [below!], region, offset: 1).Table is { Ambiguity: null } ? null : one;
    }

    // Columns empty in the header row and in the rows under it part tables that stand side by side.
    private static List<Region> Regions(RowLookahead rows)
    {
        var top = rows.Peek(0);
        if (top is null)
        {
            return [];
        }

        // The rows of the tables only: a footer under them (填报人 | | 审核人) spans the sheet as it likes.
        var under = Enumerable.Range(1, Math.Min(SeparatorDepth, rows.Depth - 1)).Select(rows.Peek).OfType<SheetRow>()
            .TakeWhile(r => !RowLabels.IsFooter(RowShape.FirstText(r)) && !RowShape.IsLoneText(r)).ToList();
        var regions = new List<Region>();
        var start = -1;
        for (var c = 0; c <= top.Cells.Count; c++)
        {
            var empty = c == top.Cells.Count || (top[c] is null && under.All(r => r[c] is null));
            if (!empty && start < 0)
            {
                start = c;
            }
            else if (empty && start >= 0)
            {
                regions.Add(new Region(start, c - 1));
                start = -1;
            }
        }

        return regions;
    }

    private static SheetRow? Within(SheetRow? row, Region? region) =>
        row is null || region is not { } r ? row : new SheetRow(row.Index, row.Cells.Select((cell, c) => c >= r.First && c <= r.Last ? cell : null).ToArray());

    private const int SeparatorDepth = 5;

    private readonly record struct Region(int First, int Last);

    private (TableHeader? Table, bool Grouped) Build(RowLookahead rows, SheetRow[] header, Region? region, int offset = 0)
    {
        var (columns, grouped) = ReadHeader(header);
        if (region is { } r)
        {
            columns = columns.Where(c => c.Index >= r.First && c.Index <= r.Last).ToList();
        }

        var next = offset + header.Length;
        if (Within(rows.Peek(next), region) is { } unitRow && unitRow.Index == header[^1].Index + 1 && ApplyUnitRow(columns, unitRow))
        {
            next++;
        }

        var sample = new List<SheetRow>(ColumnContent.SampleRows);
        for (var i = next; i < rows.Depth && sample.Count < ColumnContent.SampleRows && Within(rows.Peek(i), region) is { } row; i++)
        {
            if (row.IsEmpty)
            {
                continue;
            }

            // The sample ends where the table does: at a footer, a section title, or a row of words that may head the
            // next table. A lone name inside it (峡窝镇 over its rows) is a section row, not data.
            if (RowLabels.IsFooter(RowShape.FirstText(row)) || RowShape.IsHeaderLike(row, labels))
            {
                break;
            }

            if (RowShape.IsLoneText(row))
            {
                if (labels.Read(RowShape.FirstText(row)).IsKnown)
                {
                    continue;
                }

                break;
            }

            sample.Add(row);
        }

        var (settled, ambiguity) = ColumnContent.Settle(labels, columns, sample);
        var table = new TableHeader(header[0].Index, next - offset, NumberGroups(settled), ambiguity);
        return (ambiguity is not null || IsTable(table, sample) ? table : null, grouped || ambiguity is not null);
    }

    // The columns a header of one or two rows makes, and whether two rows named parts of one column together.
    private (List<TableColumn> Columns, bool Grouped) ReadHeader(SheetRow[] rows)
    {
        var width = rows.Max(r => r.Cells.Count);
        var top = Read(rows[0], width);
        if (rows.Length == 1)
        {
            return (top, false);
        }

        var bottom = Read(rows[1], width);
        var combined = new List<TableColumn>(width);
        var (grouped, labelsOverNothing, lowerNamesValues) = (false, false, false);
        TableColumn? group = null;
        for (var c = 0; c < width; c++)
        {
            var (parent, child) = (top[c], bottom[c]);
            if (parent.HeaderText.Length > 0)
            {
                group = parent.Role == ColumnRole.Value ? parent : null;
            }
            else if (group is not null && child.Role == ColumnRole.Value)
            {
                // A CSV has no merged cells: a group over 本周 | 累计 stands over its first column only.
                parent = group with { Index = child.Index, HeaderCell = child.HeaderCell };
            }

            grouped |= parent.Role == ColumnRole.Value && child.Role == ColumnRole.Value && parent.HeaderText != child.HeaderText
                && parent.HeaderText.Length > 0 && child.HeaderText.Length > 0;
            // 序号 | 指标 | 工作完成情况 over nothing | nothing | 本周 | 累计: label words that a CSV keeps in the upper row only.
            labelsOverNothing |= top[c].Role is not (ColumnRole.Value or ColumnRole.Unknown) && child.HeaderText.Length == 0;
            lowerNamesValues |= child.Role == ColumnRole.Value;
            combined.Add(Combine(parent, child));
        }

        return (combined, grouped || (labelsOverNothing && lowerNamesValues));
    }

    private List<TableColumn> Read(SheetRow row, int width)
    {
        var columns = new List<TableColumn>(width);
        for (var c = 0; c < width; c++)
        {
            var text = row[c]?.Value as string ?? string.Empty;
            var meaning = labels.Read(text);
            columns.Add(new TableColumn(c, meaning.ColumnRole, text, CellAddress.Format(sheetName, row.Index, c), meaning.Indicator,
                meaning.Measure ?? Reports.Measure.Period, meaning.Unit)
            {
                OrgUnit = meaning.OrgUnit,
                MeasureStated = meaning.MeasureStated,
                Total = meaning.Total,
                ToDate = meaning.ToDate,
            });
        }

        return columns;
    }

    private static TableColumn Combine(TableColumn parent, TableColumn child)
    {
        if (parent.HeaderText.Length == 0 || parent.HeaderText == child.HeaderText)
        {
            return child;
        }

        if (child.HeaderText.Length == 0)
        {
            return parent;
        }

        if (parent.Role == ColumnRole.Value && child.Role == ColumnRole.Value)
        {
            // 排查管道（米） over 本周 | 累计, 峡窝镇 over 本周, or 本周 over the indicators: each row gives what it names.
            var conflict = (parent.Indicator, child.Indicator) is ({ } a, { } b) && a != b
                || (parent.OrgUnit, child.OrgUnit) is ({ } x, { } y) && x != y;
            var measure = child.MeasureStated || !parent.MeasureStated ? child : parent;
            return child with
            {
                Role = conflict ? ColumnRole.Unknown : ColumnRole.Value,
                HeaderText = $"{parent.HeaderText} {child.HeaderText}",
                Indicator = parent.Indicator ?? child.Indicator,
                OrgUnit = parent.OrgUnit ?? child.OrgUnit,
                Measure = measure.Measure,
                MeasureStated = parent.MeasureStated || child.MeasureStated,
                ToDate = measure.ToDate,
                HeaderUnit = child.HeaderUnit ?? parent.HeaderUnit,
                Total = child.Total != TotalKind.None ? child.Total : parent.Total,
            };
        }

        return child.Role == ColumnRole.Unknown ? parent with { HeaderCell = child.HeaderCell } : child;
    }

    // A row of unit words under the header (次 盏 米, under 单位 in the label column) gives the unit of each value column.
    private bool ApplyUnitRow(List<TableColumn> columns, SheetRow row)
    {
        // Columns by their index on the sheet: a table beside another starts right of column A.
        var position = columns.Select((c, p) => (c.Index, p)).ToDictionary(x => x.Index, x => x.p);
        var units = new Dictionary<int, string>();
        foreach (var (column, cell) in RowShape.DistinctCells(row))
        {
            if (cell.Value is not string text)
            {
                return false;
            }

            var meaning = labels.Read(text);
            if (meaning.IsUnitWord && position.TryGetValue(column, out var at) && columns[at].Role == ColumnRole.Value)
            {
                units[at] = meaning.Unit!;
            }
            else if (!meaning.IsUnitWord && meaning.Word is not (ColumnRole.UnitLabel or ColumnRole.UnitOrOrgUnitLabel))
            {
                return false;
            }
        }

        // Merged cells repeat a unit across the columns they span.
        for (var p = 0; p < columns.Count; p++)
        {
            if (columns[p].Role == ColumnRole.Value && !units.ContainsKey(p) && row[columns[p].Index]?.Value is string spanned && labels.Read(spanned).IsUnitWord)
            {
                units[p] = labels.Read(spanned).Unit!;
            }
        }

        if (units.Count == 0)
        {
            return false;
        }

        foreach (var (p, unit) in units)
        {
            columns[p] = columns[p] with { HeaderUnit = unit };
        }

        return true;
    }

    // 小计 columns close their group of value columns, counted from the left; a 其中 column (其中：已整改 beside 排查安全隐患)
    // is the part of the column to its left that its words name.
    private List<TableColumn> NumberGroups(List<TableColumn> columns)
    {
        for (var c = 1; c < columns.Count; c++)
        {
            if (columns[c].HeaderText.Normalize(System.Text.NormalizationForm.FormKC).TrimStart().StartsWith("其中", StringComparison.Ordinal)
                && columns[..c].LastOrDefault(p => p.Role == ColumnRole.Value && p.Indicator is not null && !p.HeaderText.Contains("其中", StringComparison.Ordinal)) is { Indicator: { } parent }
                && labels.Catalog.BreakdownOf(parent, HeaderGrammar.Read(columns[c].HeaderText).Name) is { } part)
            {
                columns[c] = columns[c] with { Role = ColumnRole.Value, Indicator = part };
            }
        }

        var group = 0;
        for (var c = 0; c < columns.Count; c++)
        {
            if (columns[c].Role != ColumnRole.Value)
            {
                continue;
            }

            columns[c] = columns[c] with { Group = group };
            group += columns[c].Total == TotalKind.Subtotal ? 1 : 0;
        }

        return columns;
    }

    // A table needs something that says what its values are: indicators down the side (with measures, org units or
    // totals across the top) or across the top (with org units, measures or periods down the side, or a single row of
    // the reporter's own). No value column may hold names: a column of township names is no column of values.
    private bool IsTable(TableHeader header, List<SheetRow> sample)
    {
        var values = header.ValueColumns.ToList();
        if (values.Count == 0 || values.Any(c => Contradicted(c, sample)))
        {
            return false;
        }

        var indicatorsDown = header.Column(ColumnRole.IndicatorLabel) is not null;
        var indicatorsAcross = values.Any(c => c.Indicator is not null);
        if (indicatorsDown)
        {
            return !indicatorsAcross;
        }

        if (!indicatorsAcross)
        {
            return false;
        }

        // Nothing tells the rows apart: the table is the reporter's own row of figures, under the names, and no more.
        var rowsLabelled = header.Columns.Any(c => c.Role is ColumnRole.OrgUnitLabel or ColumnRole.UnitOrOrgUnitLabel or ColumnRole.MeasureLabel or ColumnRole.PeriodLabel);
        return rowsLabelled || values.Any(c => c.OrgUnit is not null)
            || (sample.Count == 1 && values.Any(c => c.Indicator is not null && sample[0][c.Index] is { } v && RowShape.IsQuantity(v)));
    }

    // A column of values holds numbers, placeholders and the odd word; one holding names of the catalog, or a name
    // over more words than numbers, is no column of values, and a header over it no header.
    private bool Contradicted(TableColumn column, List<SheetRow> sample)
    {
        var (words, numbers) = (0, 0);
        foreach (var row in sample)
        {
            switch (row[column.Index])
            {
                case null:
                    break;
                case { Value: string text } cell when !RowShape.IsQuantity(cell) && !RowShape.IsPlaceholder(cell):
                    if (labels.Read(text) is { Total: TotalKind.None } m && (m.Indicator is not null || m.OrgUnit is not null))
                    {
                        return true;
                    }

                    words++;
                    break;
                case var cell when RowShape.IsQuantity(cell):
                    numbers++;
                    break;
            }
        }

        // Under a measure (本周 | 不详) a word is a value written wrong; under a name it says the name heads no column.
        return words > numbers && (column.Indicator is not null || column.OrgUnit is not null);
    }
}
