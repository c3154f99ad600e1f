using System.Diagnostics;
using System.IO.Compression;

namespace Intake.Core.Reading;

/// <summary>
/// Checks an OOXML package before ExcelDataReader opens it, so that a zip bomb, a part too large
/// to hold in memory, a sheet reaching outside Excel's grid, or a zip of something other than a
/// workbook is turned away cheaply and named for what it is.
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
            throw new UnreadableFileException("文件已损坏（zip 结构无法读取），请重新保存后上传", "the file is corrupt: its zip structure cannot be read", ex);
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
                throw new SpreadsheetLimitException(
                    $"文件解压后超过 {Size(limits.MaxUncompressedBytes)} 的上限，疑似压缩炸弹，未读取",
                    $"the package decompresses beyond {Size(limits.MaxUncompressedBytes)}; not read");
            }

            if (entry.Length > limits.MaxPartBytes)
            {
                throw new SpreadsheetLimitException(
                    $"文件中的 {PartName(entry)} 解压后有 {Size(entry.Length)}，超过单个部件 {Size(limits.MaxPartBytes)} 的上限，未读取",
                    $"the part {PartName(entry)} decompresses to {Size(entry.Length)}, over the limit of {Size(limits.MaxPartBytes)} per part; not read");
            }

            var ratio = entry.CompressedLength == 0 ? double.PositiveInfinity : (double)entry.Length / entry.CompressedLength;
            if (entry.Length > RatioCheckedFrom && ratio > limits.MaxCompressionRatio)
            {
                throw new SpreadsheetLimitException(
                    $"文件中的 {PartName(entry)} 压缩比超过 {limits.MaxCompressionRatio}:1，疑似压缩炸弹，未读取",
                    $"the part {PartName(entry)} is compressed more than {limits.MaxCompressionRatio}:1; not read");
            }
        }
    }

    private static void EnsureSpreadsheetML(HashSet<string> parts)
    {
        if (parts.Contains("xl/workbook.xml"))
        {
            return;
        }

        // ExcelDataReader 3.6 reads SpreadsheetML only, from the usual place.
        if (parts.Contains("xl/workbook.bin"))
        {
            throw new UnreadableFileException(
                "文件是 Excel 二进制工作簿（.xlsb），无法读取，请在 Excel 中另存为 .xlsx 后上传",
                "the file is an Excel binary workbook (.xlsb), which cannot be read; save it as .xlsx");
        }

        if (parts.Any(p => p.Equals("workbook.xml", StringComparison.OrdinalIgnoreCase) || p.EndsWith("/workbook.xml", StringComparison.OrdinalIgnoreCase)))
        {
            throw new UnreadableFileException(
                "文件的工作簿不在标准位置（xl/workbook.xml），无法读取，请在 Excel 中打开后另存为 .xlsx 再上传",
                "the workbook is not at its standard place (xl/workbook.xml); open it in Excel and save it as .xlsx");
        }

        var kind = parts.Contains("word/document.xml") ? "Word 文档"
            : parts.Contains("ppt/presentation.xml") ? "PowerPoint 演示文稿"
            : null;
        throw new UnreadableFileException(
            $"文件是{kind ?? "不含工作簿的 zip 压缩包"}，不是 Excel 表格，请上传 .xlsx、.xls 或 .csv 文件",
            $"the file is {(kind is null ? "a zip archive without a workbook" : kind.StartsWith("Word", StringComparison.Ordinal) ? "a Word document" : "a PowerPoint presentation")}, not a spreadsheet");
    }

    private static string Size(long bytes) =>
        bytes >= 1024 * 1024 ? $"{bytes / 1024 / 1024} MB" : $"{Math.Max(1, bytes / 1024)} KB";
}
