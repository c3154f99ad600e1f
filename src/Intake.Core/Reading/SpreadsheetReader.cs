using Intake.Core.Messages;
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
            throw new SpreadsheetLimitException(MessageCatalog.FileTooLarge(stream.Length / 1024 / 1024, limits.MaxFileBytes / 1024 / 1024));
        }

        var clock = Stopwatch.StartNew();
        switch (FormatSniffer.Sniff(stream))
        {
            case SpreadsheetFormat.Empty:
                throw new UnreadableFileException(MessageCatalog.FileEmpty);
            case SpreadsheetFormat.Zip:
                ZipPackageInspector.EnsureWorkbook(stream, limits, clock);
                return ExcelSheetReader.Read(stream, limits, clock);
            case SpreadsheetFormat.Binary:
                return ExcelSheetReader.Read(stream, limits, clock);
            case SpreadsheetFormat.Text:
                return [CsvSheetReader.Read(stream, limits, clock)];
            case SpreadsheetFormat.Pdf:
                throw new UnreadableFileException(MessageCatalog.FileIsPdf);
            case SpreadsheetFormat.Image:
                throw new UnreadableFileException(MessageCatalog.FileIsImage);
            case SpreadsheetFormat.Html:
                return HtmlSheetReader.Read(stream, limits, clock);
            default:
                throw new UnreadableFileException(MessageCatalog.FileFormatUnknown);
        }
    }

    internal static void CheckProgress(int rows, ReadLimits limits, Stopwatch clock)
    {
        if (rows > limits.MaxRows)
        {
            throw new SpreadsheetLimitException(MessageCatalog.TooManyRows(limits.MaxRows));
        }

        CheckTime(limits, clock);
    }

    internal static void CheckTime(ReadLimits limits, Stopwatch clock)
    {
        if (clock.Elapsed > limits.MaxParseTime)
        {
            throw new SpreadsheetLimitException(MessageCatalog.TooSlow(limits.MaxParseTime.TotalSeconds));
        }
    }

    internal static UnreadableFileException Unreadable(Exception ex) => ex switch
    {
        ExcelDataReader.Exceptions.InvalidPasswordException =>
            new UnreadableFileException(MessageCatalog.PasswordProtected, ex),
        System.Xml.XmlException =>
            new UnreadableFileException(MessageCatalog.MalformedXml(ex.Message), ex),
        _ => new UnreadableFileException(MessageCatalog.Corrupt(ex.Message), ex),
    };
}
