using Intake.Core.Messages;
using System.Diagnostics;
using System.IO.Compression;

namespace Intake.Core.Reading;

/// <summary>
/// Checks an OOXML package before ExcelDataReader opens it, so that a zip bomb (judged by total
/// inflated size and compression ratio), a part too large to hold in memory, a sheet reaching outside
/// Excel's grid, or a zip of something other than a workbook is turned away cheaply and named for what it is.
/// </summary>
internal static class ZipPackageInspector
{
    // Only parts over this size have their compression ratio judged: tiny parts (an empty
    // sheet, a styles part) compress well beyond any sane ratio without being bombs.
    private const long RatioCheckedFrom = 1024 * 1024;

    public static void EnsureWorkbook(Stream stream, ReadLimits limits, Stopwatch clock)
    {
        var start = stream.Position;
        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            CheckSizes(zip.Entries, limits);
            EnsureSpreadsheetML(zip.Entries.Select(PartName).ToHashSet(StringComparer.OrdinalIgnoreCase));
            foreach (var entry in zip.Entries)
            {
                if (PartName(entry).EndsWith(".xml", StringComparison.OrdinalIgnoreCase))
                {
                    WorksheetGridScanner.Scan(entry, PartName(entry), limits, clock);
                }
            }
        }
        catch (InvalidDataException ex)
        {
            throw new UnreadableFileException(MessageCatalog.CorruptZip, ex);
        }
        finally
        {
            stream.Position = start;
        }
    }

    /// <summary>
    /// Part names as ExcelDataReader matches them: some writers use backslashes or other letter case.
    /// </summary>
    internal static string PartName(ZipArchiveEntry entry) => entry.FullName.Replace('\\', '/');

    private static void CheckSizes(IEnumerable<ZipArchiveEntry> entries, ReadLimits limits)
    {
        // Sizes come from the central directory; a part that understates its size is cut off there
        // when decompressed, so these are the most any part can expand to.
        long total = 0;
        foreach (var entry in entries)
        {
            total += entry.Length;
            if (total > limits.MaxUncompressedBytes)
            {
                throw new SpreadsheetLimitException(MessageCatalog.PackageTooLarge(Size(limits.MaxUncompressedBytes)));
            }

            // Worksheets are streamed row by row, and bounded by the rows, cells and time counted as they
            // are read; only the parts ExcelDataReader loads whole (shared strings, styles) have a size of their own.
            if (entry.Length > limits.MaxPartBytes && !IsWorksheet(entry))
            {
                throw new SpreadsheetLimitException(MessageCatalog.PartTooLarge(PartName(entry), Size(entry.Length), Size(limits.MaxPartBytes)));
            }

            var ratio = entry.CompressedLength == 0 ? double.PositiveInfinity : (double)entry.Length / entry.CompressedLength;
            if (entry.Length > RatioCheckedFrom && ratio > limits.MaxCompressionRatio)
            {
                throw new SpreadsheetLimitException(MessageCatalog.PartOverCompressed(PartName(entry), limits.MaxCompressionRatio));
            }
        }
    }

    private static bool IsWorksheet(ZipArchiveEntry entry) =>
        PartName(entry).StartsWith("xl/worksheets/", StringComparison.OrdinalIgnoreCase);

    private static void EnsureSpreadsheetML(HashSet<string> parts)
    {
        if (parts.Contains("xl/workbook.xml"))
        {
            return;
        }

        // ExcelDataReader 3.6 reads SpreadsheetML only, from the usual place.
        if (parts.Contains("xl/workbook.bin"))
        {
            throw new UnreadableFileException(MessageCatalog.FileIsXlsb);
        }

        if (parts.Any(p => p.Equals("workbook.xml", StringComparison.OrdinalIgnoreCase) || p.EndsWith("/workbook.xml", StringComparison.OrdinalIgnoreCase)))
        {
            throw new UnreadableFileException(MessageCatalog.WorkbookOutOfPlace);
        }

        throw new UnreadableFileException(
            parts.Contains("word/document.xml") ? MessageCatalog.FileIsWordDocument
            : parts.Contains("ppt/presentation.xml") ? MessageCatalog.FileIsPresentation
            : MessageCatalog.FileIsZipWithoutWorkbook);
    }

    private static string Size(long bytes) =>
        bytes >= 1024 * 1024 ? $"{bytes / 1024 / 1024} MB" : $"{Math.Max(1, bytes / 1024)} KB";
}
