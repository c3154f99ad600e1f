using Intake.Core.Catalog;
using Intake.Core.Reading;

namespace Intake.Core.Layout;

/// <summary>
/// Reads the tables of one sheet, streaming, the way a person reads them: each row plays a role its cells show —
/// title and metadata lines, header rows, a unit row, section lines, data and total rows, footer lines — and a table
/// is a header with the rows it labels, running either way. A sheet may hold several tables, one under the other,
/// each under its own header; a header is sought among the first <see cref="SearchDepth"/> lines, and after a table
/// wherever a row of words could head the next one.
/// </summary>
public sealed class SheetTableReader(ReportCatalog catalog) : ISheetTableReader
{
    /// <summary>How many lines from the top the first table's header may start at.</summary>
    public const int SearchDepth = 30;

    private readonly LabelReader _labels = new(catalog);

    public SheetExtraction Read(Sheet sheet)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        var extraction = new SheetExtraction { IsTotalSheet = RowLabels.IsTotalSheet(sheet.Name) };
        var sheetOrgUnit = catalog.FindOrgUnit(sheet.Name)?.Code;
        var lines = new SheetLines(extraction, sheet.Name, sheetOrgUnit, _labels);
        var finder = new TableFinder(_labels, sheet.Name);
        using var rows = new RowLookahead(sheet.Rows, TableFinder.Lookahead);
        var tables = new List<TableReader>();
        var (count, above) = (0, 0);
        var numbersWithoutTable = false;
        while (rows.Current is { } row)
        {
            // A header-like row ends the tables above it only when it heads a table (or tables side by side) of its own.
            if ((tables.Count == 0 || !RowShape.HoldsQuantity(row)) && finder.Find(rows) is { Count: > 0 } headers)
            {
                extraction.HasTable = true;
                var unit = lines.TableStarts();
                if (headers.FirstOrDefault(h => h.Ambiguity is not null)?.Ambiguity is { } ambiguity)
                {
                    // Which column is which is unknown, so no row of it can be read.
                    extraction.Issues.Add(ambiguity);
                    return extraction;
                }

                tables = headers.Select(h => new TableReader(_labels, sheet.Name, h, count++, extraction, lines, sheetOrgUnit, unit)).ToList();
                // Tables side by side may head their columns with more rows than each other: each skips its own.
                rows.Advance(headers.Min(h => h.RowCount));
                continue;
            }

            if (tables.Count == 0 && count == 0)
            {
                if (++above > SearchDepth)
                {
                    break;
                }

                numbersWithoutTable |= RowShape.HoldsQuantity(row);
                lines.Above(row);
            }
            else if (RowLabels.IsFooter(RowShape.FirstText(row)))
            {
                lines.Footer(row);
                tables.Clear();
            }
            else if (tables.Count == 0 || (RowShape.IsMetadata(row, catalog) && !RowShape.HoldsQuantity(row)))
            {
                // A 单位：处 or 报告期：… line between two tables speaks of the next.
                lines.Between(row);
            }
            else if (!(tables.TrueForAll(t => t.TakesSections) && lines.ReadSectionInTable(row)))
            {
                tables.ForEach(t => t.ReadRow(row));
            }

            rows.Advance();
        }

        lines.SheetEnds();
        if (count == 0 && numbersWithoutTable)
        {
            // A sheet of numbers under no header anyone could read is told, never passed over in silence.
            extraction.Issues.Add(new Reports.ReportIssue(Reports.Severity.Warning, Reports.IssueCodes.NoData, sheet.Name is null ? null : CellAddress.Format(sheet.Name, 0, 0), null,
                Messages.MessageCatalog.SheetWithoutTable(sheet.Name)));
        }

        return extraction;
    }
}
