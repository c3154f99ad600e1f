using Intake.Core.Messages;
using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Xml;

namespace Intake.Core.Reading;

/// <summary>
/// Reads each worksheet part once, streaming, before ExcelDataReader does, for rows and cells
/// outside Excel's grid. ExcelDataReader 3.6 sizes a row's array by the largest column it meets,
/// so a single cell at column ZZZZZZ makes it allocate gigabytes, and it steps through every
/// empty row up to the last row number it meets, so one row numbered in the billions keeps it busy
/// for minutes. Excel itself never writes either.
/// </summary>
internal static class WorksheetGridScanner
{
    public const int GridRows = 1_048_576;
    public const int GridColumns = 16_384;

    // The time limit is looked at once per this many elements: often enough, cheaply enough.
    private const int ElementsPerClockCheck = 1 << 16;

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreWhitespace = true,
        IgnoreProcessingInstructions = true,
    };

    public static void Scan(ZipArchiveEntry entry, string partName, ReadLimits limits, Stopwatch clock)
    {
        using var part = entry.Open();
        try
        {
            using var xml = XmlReader.Create(part, Settings);
            if (xml.MoveToContent() != XmlNodeType.Element || xml.LocalName != "worksheet")
            {
                return;
            }

            ScanSheetData(xml, partName, limits, clock);
        }
        catch (XmlException)
        {
            // Malformed XML (a DTD included) is ExcelDataReader's to report when it meets it,
            // which it does no later than here, and only if it reads the part at all.
        }
    }

    private static void ScanSheetData(XmlReader xml, string partName, ReadLimits limits, Stopwatch clock)
    {
        var inSheetData = false;
        long row = 0;
        long column = 0;
        var elements = 0;
        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.EndElement && xml.LocalName == "sheetData")
            {
                inSheetData = false;
            }

            if (xml.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            if (++elements % ElementsPerClockCheck == 0)
            {
                SpreadsheetReader.CheckTime(limits, clock);
            }

            switch (xml.LocalName)
            {
                case "sheetData":
                    inSheetData = !xml.IsEmptyElement;
                    break;
                case "row" when inSheetData:
                    var number = xml.GetAttribute("r");
                    row = RowNumber(number) ?? row + 1;
                    column = 0;
                    EnsureInGrid(partName, row, 1, MessageCatalog.GridRow(Truncate(number ?? row.ToString(CultureInfo.InvariantCulture))));
                    break;
                case "c" when inSheetData:
                    var reference = xml.GetAttribute("r");
                    var (cellColumn, cellRow) = CellReference(reference);
                    column = cellColumn ?? column + 1;
                    EnsureInGrid(partName, cellRow ?? row, column,
                        reference is null ? MessageCatalog.GridCell(row, column) : MessageCatalog.GridReference(Truncate(reference)));
                    break;
            }
        }
    }

    private static void EnsureInGrid(string partName, long row, long column, LocalizedText where)
    {
        if (row > GridRows || column > GridColumns)
        {
            throw new UnreadableFileException(MessageCatalog.CellOutsideGrid(partName, where, GridRows, GridColumns));
        }
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
    private static (long? Column, long? Row) CellReference(string? reference)
    {
        if (string.IsNullOrEmpty(reference))
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

        return (letters == 0 ? null : column, RowNumber(reference.AsSpan(letters)));
    }

    private static string Truncate(string text) => text.Length <= 20 ? text : text[..20] + "…";
}
