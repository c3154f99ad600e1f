using Intake.Core.Messages;
using System.Diagnostics;

namespace Intake.Core.Reading;

/// <summary>
/// Reads an HTML page saved as ".xls" (a common export of web systems) as one sheet per table,
/// filling colspan/rowspan ranges with their cell's text as merged ranges are filled in a workbook.
/// </summary>
internal static class HtmlSheetReader
{
    public static IEnumerable<Sheet> Read(Stream stream, ReadLimits limits, Stopwatch clock)
    {
        var encoding = TextEncodingDetector.Detect(stream);
        string html;
        using (var reader = new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: true, leaveOpen: true))
        {
            html = reader.ReadToEnd();
        }

        if (html.Contains("urn:schemas-microsoft-com:office:spreadsheet", StringComparison.OrdinalIgnoreCase) && !html.Contains("<table", StringComparison.OrdinalIgnoreCase))
        {
            throw new UnreadableFileException(MessageCatalog.FileIsExcel2003Xml);
        }

        var tables = HtmlTableScanner.Scan(html, limits.MaxCellLength);
        if (tables.Count == 0)
        {
            throw new UnreadableFileException(MessageCatalog.WebPageWithoutTable);
        }

        for (var t = 0; t < tables.Count; t++)
        {
            yield return new Sheet(tables.Count == 1 ? null : MessageCatalog.WebTableName(t + 1).Zh, Rows(tables[t], limits, clock));
        }
    }

    private static IEnumerable<SheetRow> Rows(List<List<HtmlCell>> table, ReadLimits limits, Stopwatch clock)
    {
        // Cells that a rowspan above carries down: column → (rows still to fill, value).
        var carried = new Dictionary<int, (int Rows, CellValue? Value)>();
        for (var r = 0; r < table.Count; r++)
        {
            SpreadsheetReader.CheckProgress(r + 1, limits, clock);
            var cells = new List<CellValue?>();
            var column = 0;
            foreach (var cell in table[r])
            {
                column = SkipCarried(carried, cells, column);
                var value = cell.Text.Length == 0 ? null : new CellValue(UnicodeText.Clean(cell.Text));
                for (var span = 0; span < cell.ColumnSpan && column < limits.MaxColumns; span++, column++)
                {
                    Put(cells, column, value);
                    if (cell.RowSpan > 1)
                    {
                        carried[column] = (cell.RowSpan - 1, value);
                    }
                }
            }

            SkipCarried(carried, cells, column, toEnd: true);
            yield return new SheetRow(r, cells);
        }
    }

    private static int SkipCarried(Dictionary<int, (int Rows, CellValue? Value)> carried, List<CellValue?> cells, int column, bool toEnd = false)
    {
        while (carried.TryGetValue(column, out var carry) || (toEnd && carried.Keys.Any(k => k > column)))
        {
            if (carried.TryGetValue(column, out carry))
            {
                Put(cells, column, carry.Value);
                if (carry.Rows <= 1)
                {
                    carried.Remove(column);
                }
                else
                {
                    carried[column] = (carry.Rows - 1, carry.Value);
                }
            }

            column++;
        }

        return column;
    }

    private static void Put(List<CellValue?> cells, int column, CellValue? value)
    {
        while (cells.Count <= column)
        {
            cells.Add(null);
        }

        cells[column] = value;
    }
}
