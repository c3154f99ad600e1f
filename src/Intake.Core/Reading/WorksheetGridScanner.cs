using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using Intake.Core.Messages;

namespace Intake.Core.Reading;

/// <summary>
/// Reads each worksheet part once, streaming, before ExcelDataReader does, for rows and cells
/// outside Excel's grid. ExcelDataReader 3.6 sizes a row's array by the largest column it meets,
/// so a single cell at column ZZZZZZ makes it allocate gigabytes, and it steps through every
/// empty row up to the last row number it meets, so one row numbered in the billions keeps it busy
/// for minutes. Excel itself never writes either.
/// </summary>
/// <remarks>
/// The scan looks at the bytes (<see cref="TryScanBytes"/>): a worksheet as spreadsheet programs
/// write it needs nothing more, and that keeps it several times cheaper than parsing the XML. A part
/// holding anything only an XML parser can judge (a comment, CDATA, a DTD, a character reference in
/// a cell reference, UTF-16) is scanned again with <see cref="System.Xml.XmlReader"/>.
/// </remarks>
internal static partial class WorksheetGridScanner
{
    public const int GridRows = 1_048_576;
    public const int GridColumns = 16_384;

    // The time limit is looked at once per this many elements: often enough, cheaply enough.
    private const int ElementsPerClockCheck = 1 << 16;

    public static void Scan(ZipArchiveEntry entry, string partName, ReadLimits limits, Stopwatch clock)
    {
        using (var part = entry.Open())
        {
            if (TryScanBytes(part, new GridWalk(partName), limits, clock))
            {
                return;
            }
        }

        using var again = entry.Open();
        ScanXml(again, new GridWalk(partName), limits, clock);
    }

    /// <summary>Follows the rows and cells of one sheet's data and stops at the first outside the grid.</summary>
    private sealed class GridWalk(string partName)
    {
        private long _row;
        private long _column;

        public bool InSheetData { get; private set; }

        public void StartSheetData(bool empty) => InSheetData = !empty;

        public void EndSheetData() => InSheetData = false;

        /// <summary>A row whose number is plainly inside the grid (<see cref="TryPlainReference"/>).</summary>
        public void RowInside(long row) => (_row, _column) = (row, 0);

        /// <summary>A cell whose reference is plainly inside the grid (<see cref="TryPlainReference"/>).</summary>
        public void CellInside(long column) => _column = column;

        public void Row(ReadOnlySpan<char> number)
        {
            _row = RowNumber(number) ?? _row + 1;
            _column = 0;
            if (_row > GridRows)
            {
                Outside(MessageCatalog.GridRow(Truncate(number.IsEmpty ? _row.ToString(CultureInfo.InvariantCulture) : number.ToString())));
            }
        }

        public void Cell(ReadOnlySpan<char> reference)
        {
            var (cellColumn, cellRow) = CellReference(reference);
            _column = cellColumn ?? _column + 1;
            if ((cellRow ?? _row) > GridRows || _column > GridColumns)
            {
                Outside(reference.IsEmpty ? MessageCatalog.GridCell(_row, _column) : MessageCatalog.GridReference(Truncate(reference.ToString())));
            }
        }

        private void Outside(LocalizedText where) =>
            throw new UnreadableFileException(MessageCatalog.CellOutsideGrid(partName, where, GridRows, GridColumns));
    }

    /// <summary>A row number as written; numbers past the grid all read as one past it.</summary>
    private static long? RowNumber(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return null;
        }

        long number = 0;
        foreach (var c in text)
        {
            if (c is < '0' or > '9')
            {
                return null;
            }

            number = Math.Min(number * 10 + (c - '0'), GridRows + 1L);
        }

        return number;
    }

    /// <summary>"XFD7" → (16384, 7), one-based; each part null where the reference does not give it.</summary>
    private static (long? Column, long? Row) CellReference(ReadOnlySpan<char> reference)
    {
        if (reference.IsEmpty)
        {
            return (null, null);
        }

        var letters = 0;
        long column = 0;
        while (letters < reference.Length && char.IsAsciiLetter(reference[letters]))
        {
            column = Math.Min(column * 26 + (char.ToUpperInvariant(reference[letters]) - 'A' + 1), GridColumns + 1L);
            letters++;
        }

        return (letters == 0 ? null : column, RowNumber(reference[letters..]));
    }

    private static string Truncate(string text) => text.Length <= 20 ? text : UnicodeText.Prefix(text, 20) + "…";
}
