using System.IO.Compression;

namespace Intake.Core.Reading;

/// <summary>
/// Checks an OOXML package's central directory before anything is decompressed, so that a
/// zip bomb or a zip of something other than a workbook is turned away cheaply.
/// </summary>
internal static class ZipPackageInspector
{
    public static void EnsureWorkbook(Stream stream, ReadLimits limits)
    {
        var start = stream.Position;
        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            long total = 0;
            var hasWorkbook = false;
            string? otherKind = null;
            foreach (var entry in zip.Entries)
            {
                total += entry.Length;
                var ratio = entry.CompressedLength == 0 ? (entry.Length == 0 ? 0 : double.PositiveInfinity)
                    : (double)entry.Length / entry.CompressedLength;
                if (total > limits.MaxUncompressedBytes || (entry.Length > 1024 * 1024 && ratio > limits.MaxCompressionRatio))
                {
                    throw new SpreadsheetLimitException(
                        $"文件解压后过大（超过 {limits.MaxUncompressedBytes / 1024 / 1024} MB 或压缩比超过 {limits.MaxCompressionRatio}），疑似压缩炸弹，未读取",
                        $"the package decompresses beyond {limits.MaxUncompressedBytes / 1024 / 1024} MB or a ratio of {limits.MaxCompressionRatio}; not read");
                }

                hasWorkbook |= entry.FullName is "xl/workbook.xml" or "xl/workbook.bin";
                otherKind ??= entry.FullName switch
                {
                    "word/document.xml" => "Word 文档",
                    "ppt/presentation.xml" => "PowerPoint 演示文稿",
                    _ => null,
                };
            }

            if (!hasWorkbook)
            {
                var kind = otherKind ?? "不含工作簿的 zip 压缩包";
                throw new UnreadableFileException(
                    $"文件是{kind}，不是 Excel 表格，请上传 .xlsx、.xls 或 .csv 文件",
                    $"the file is a {(otherKind is null ? "zip archive without a workbook" : "document of another kind")}, not a spreadsheet");
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
}
