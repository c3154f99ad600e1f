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
        TableReader? table = null;
        var (tables, above) = (0, 0);
        while (rows.Current is { } row)
        {
            // A header-like row ends the table above it only when it heads a table of its own.
            if ((table is null || !RowShape.HoldsQuantity(row)) && finder.Find(rows) is { } header)
            {
                extraction.HasTable = true;
                lines.TableStarts();
                if (header.Ambiguity is { } ambiguity)
                {
                    // Which column is which is unknown, so no row of it can be read.
                    extraction.Issues.Add(ambiguity);
                    return extraction;
                }

                table = new TableReader(_labels, sheet.Name, header, tables++, extraction, lines, sheetOrgUnit);
                rows.Advance(header.RowCount);
                continue;
            }

            if (table is null && tables == 0)
            {
                if (++above > SearchDepth)
                {
                    break;
                }

                lines.Above(row);
            }
            else if (RowLabels.IsFooter(RowShape.FirstText(row)))
            {
                lines.Footer(row);
                table = null;
            }
            else if (table is null)
            {
                lines.Between(row);
            }
            else if (!(table.TakesSections && lines.ReadSectionInTable(row)))
            {
                table.ReadRow(row);
            }

            rows.Advance();
        }

        lines.SheetEnds();
        return extraction;
    }
}
