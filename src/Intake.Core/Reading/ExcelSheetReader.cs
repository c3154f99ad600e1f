using Intake.Core.Messages;
using System.Diagnostics;
using ExcelDataReader;
using Intake.Core.Periods;

namespace Intake.Core.Reading;

/// <summary>
/// Streams the visible sheets of an .xlsx/.xlsb/.xls workbook row by row with ExcelDataReader,
/// filling merged ranges with their top-left value.
/// </summary>
internal static class ExcelSheetReader
{
    // Built-in East Asian date formats that ExcelDataReader 3.6 reports without a format string.
    private static readonly HashSet<int> BuiltInDateFormats =
        [14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 50, 51, 52, 53, 54, 55, 56, 57, 58];

    // The clock is read once per this many rows (plus one): a row takes microseconds, the limit is seconds.
    private const int RowsPerClockCheck = 255;

    static ExcelSheetReader() => CodePages.EnsureRegistered();

    public static IEnumerable<Sheet> Read(Stream stream, ReadLimits limits, Stopwatch clock)
    {
        using var reader = Open(stream);
        var rowsRead = 0;
        do
        {
            if (!string.Equals(reader.VisibleState, "visible", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            yield return new Sheet(reader.Name is null ? null : UnicodeText.Clean(reader.Name), ReadRows(reader, limits, clock, () => ++rowsRead));
        }
        while (NextSheet(reader));
    }

    private static IExcelDataReader Open(Stream stream) =>
        Guarded(stream, static s => ExcelReaderFactory.CreateReader(s, new ExcelReaderConfiguration
        {
            FallbackEncoding = TextEncodingDetector.Gb18030,
            LeaveOpen = true,
        }));

    private static bool NextSheet(IExcelDataReader reader) => Guarded(reader, static r => r.NextResult());

    private static IEnumerable<SheetRow> ReadRows(IExcelDataReader reader, ReadLimits limits, Stopwatch clock, Func<int> countRow)
    {
        var merges = new MergedRangeFiller(reader.MergeCells ?? []);
        var dateFormats = new DateFormats();
        var index = 0;
        while (TryRead(reader))
        {
            var cells = new CellValue?[Math.Min(reader.FieldCount, limits.MaxColumns)];
            var empty = true;
            for (var column = 0; column < cells.Length; column++)
            {
                cells[column] = ReadCell(reader, column, limits, dateFormats);
                empty &= cells[column] is null;
            }

            var rows = empty ? 0 : countRow();
            if (rows > limits.MaxRows || (index & RowsPerClockCheck) == 0)
            {
                SpreadsheetReader.CheckProgress(rows, limits, clock);
            }

            merges.Fill(index, cells);
            yield return new SheetRow(index++, cells);
        }
    }

    private static bool TryRead(IExcelDataReader reader) => Guarded(reader, static r => r.Read());

    // A call into ExcelDataReader: what it throws for content it cannot read makes the file unreadable; anything
    // else — a bug, ours or not — propagates (ReaderFailure).
    private static TResult Guarded<TState, TResult>(TState state, Func<TState, TResult> call)
    {
        try
        {
            return call(state);
        }
        catch (ExcelDataReader.Exceptions.ExcelReaderException ex)
        {
            throw SpreadsheetReader.Unreadable(ex);
        }
        catch (SystemException ex) when (ReaderFailure.IsContent(ex))
        {
            throw SpreadsheetReader.Unreadable(ex);
        }
    }

    private static CellValue? ReadCell(IExcelDataReader reader, int column, ReadLimits limits, DateFormats dateFormats)
    {
        var value = reader.GetValue(column);
        switch (value)
        {
            case null:
                return null;
            case string text:
                if (text.Length > limits.MaxCellLength)
                {
                    throw new SpreadsheetLimitException(MessageCatalog.CellTooLong(CellAddress.Format(reader.Name, reader.Depth, column), limits.MaxCellLength));
                }

                text = text.Trim();
                return text.Length == 0 ? null : new CellValue(UnicodeText.Clean(text));
            case double number:
                var format = reader.GetNumberFormatString(column);
                if (format is null && BuiltInDateFormats.Contains(reader.GetNumberFormatIndex(column)))
                {
                    format = MessageCatalog.DateNumberFormat.Zh;
                }

                return dateFormats.ShowsDate(format) && ExcelDate.TryFromSerial(number, out var date)
                    ? new CellValue(date.ToDateTime(TimeOnly.MinValue), format)
                    : new CellValue(number, format);
            case int or long or float or decimal:
                return new CellValue(Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture), reader.GetNumberFormatString(column));
            default:
                return new CellValue(value, reader.GetNumberFormatString(column));
        }
    }

    // A sheet uses a handful of number formats on hundreds of thousands of cells: each is read once.
    private sealed class DateFormats
    {
        private readonly Dictionary<string, bool> _known = new(StringComparer.Ordinal);

        public bool ShowsDate(string? format)
        {
            if (format is null)
            {
                return false;
            }

            if (!_known.TryGetValue(format, out var date))
            {
                date = ExcelDate.IsDateFormat(format);
                _known[format] = date;
            }

            return date;
        }
    }
}
