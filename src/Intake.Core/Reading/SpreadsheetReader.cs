using System.Diagnostics;

namespace Intake.Core.Reading;

/// <summary>
/// Opens an upload as a sequence of sheets, whatever format its content says it is, and turns
/// every way a file can fail to read into an <see cref="UnreadableFileException"/>.
/// </summary>
public static class SpreadsheetReader
{
    /// <summary>Reads a seekable stream; sheets and their rows must be consumed in order.</summary>
    public static IEnumerable<Sheet> Read(Stream stream, ReadLimits limits)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(limits);
        if (!stream.CanSeek)
        {
            throw new ArgumentException("The report stream must be seekable.", nameof(stream));
        }

        if (stream.Length > limits.MaxFileBytes)
        {
            throw new SpreadsheetLimitException(
                $"文件大小 {stream.Length / 1024 / 1024} MB 超过上限 {limits.MaxFileBytes / 1024 / 1024} MB",
                $"the file is {stream.Length / 1024 / 1024} MB, over the limit of {limits.MaxFileBytes / 1024 / 1024} MB");
        }

        var clock = Stopwatch.StartNew();
        switch (FormatSniffer.Sniff(stream))
        {
            case SpreadsheetFormat.Empty:
                throw new UnreadableFileException("文件是空的", "the file is empty");
            case SpreadsheetFormat.Zip:
                ZipPackageInspector.EnsureWorkbook(stream, limits, clock);
                return ExcelSheetReader.Read(stream, limits, clock);
            case SpreadsheetFormat.Binary:
                return ExcelSheetReader.Read(stream, limits, clock);
            case SpreadsheetFormat.Text:
                return [CsvSheetReader.Read(stream, limits, clock)];
            case SpreadsheetFormat.Pdf:
                throw new UnreadableFileException("文件是 PDF 文档，不是表格，请上传 .xlsx、.xls 或 .csv 文件", "the file is a PDF document, not a spreadsheet");
            case SpreadsheetFormat.Image:
                throw new UnreadableFileException("文件是图片，不是表格，请上传 .xlsx、.xls 或 .csv 文件", "the file is an image, not a spreadsheet");
            case SpreadsheetFormat.Html:
                return HtmlSheetReader.Read(stream, limits, clock);
            default:
                throw new UnreadableFileException("无法识别的文件格式，请上传 .xlsx、.xls 或 .csv 文件", "the file format is not recognised as a spreadsheet");
        }
    }

    internal static void CheckProgress(int rows, ReadLimits limits, Stopwatch clock)
    {
        if (rows > limits.MaxRows)
        {
            throw new SpreadsheetLimitException(
                $"文件超过 {limits.MaxRows} 行的上限",
                $"the file has more than {limits.MaxRows} rows");
        }

        CheckTime(limits, clock);
    }

    internal static void CheckTime(ReadLimits limits, Stopwatch clock)
    {
        if (clock.Elapsed > limits.MaxParseTime)
        {
            throw new SpreadsheetLimitException(
                $"读取文件超过 {limits.MaxParseTime.TotalSeconds:0} 秒的时限",
                $"reading the file took longer than {limits.MaxParseTime.TotalSeconds:0} s");
        }
    }

    internal static UnreadableFileException Unreadable(Exception ex) => ex switch
    {
        ExcelDataReader.Exceptions.InvalidPasswordException =>
            new UnreadableFileException("文件设置了密码或已加密，请取消密码保护后重新上传", "the file is password-protected or encrypted", ex),
        System.Xml.XmlException =>
            new UnreadableFileException("文件中的 XML 内容已损坏，或含有 Excel 不会写入的 DTD 声明，无法读取，请在 Excel 中重新保存后上传", $"the file's XML is malformed or declares a DTD, which Excel never writes: {ex.Message}", ex),
        _ => new UnreadableFileException("文件已损坏或格式不正确，无法读取，请在 Excel 中重新保存后上传", $"the file is corrupt or malformed: {ex.Message}", ex),
    };
}
