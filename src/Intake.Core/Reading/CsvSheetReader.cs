using System.Diagnostics;

namespace Intake.Core.Reading;

/// <summary>Reads a delimited text file as one sheet, detecting its encoding and delimiter.</summary>
internal static class CsvSheetReader
{
    private static readonly char[] Delimiters = [',', '\t', ';'];

    public static Sheet Read(Stream stream, ReadLimits limits, Stopwatch clock)
    {
        var encoding = TextEncodingDetector.Detect(stream);
        var delimiter = DetectDelimiter(stream, encoding);
        return new Sheet(null, ReadRows(stream, encoding, delimiter, limits, clock));
    }

    private static IEnumerable<SheetRow> ReadRows(Stream stream, System.Text.Encoding encoding, char delimiter, ReadLimits limits, Stopwatch clock)
    {
        stream.Position = 0;
        using var text = new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        var records = new CsvRecordReader(text, delimiter, limits.MaxCellLength);
        var fields = new List<string>();
        var rows = 0;
        while (records.TryRead(fields))
        {
            SpreadsheetReader.CheckProgress(++rows, limits, clock);
            var cells = new CellValue?[Math.Min(fields.Count, limits.MaxColumns)];
            for (var i = 0; i < cells.Length; i++)
            {
                var field = fields[i].Trim();
                cells[i] = field.Length == 0 ? null : new CellValue(field);
            }

            yield return new SheetRow(records.RecordIndex, cells);
        }
    }

    private static char DetectDelimiter(Stream stream, System.Text.Encoding encoding)
    {
        stream.Position = 0;
        using var text = new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        var buffer = new char[16 * 1024];
        var length = text.ReadBlock(buffer, 0, buffer.Length);
        stream.Position = 0;
        var counts = new int[Delimiters.Length];
        var quoted = false;
        for (var i = 0; i < length; i++)
        {
            if (buffer[i] == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted)
            {
                var d = Array.IndexOf(Delimiters, buffer[i]);
                if (d >= 0)
                {
                    counts[d]++;
                }
            }
        }

        var best = 0;
        for (var d = 1; d < counts.Length; d++)
        {
            if (counts[d] > counts[best])
            {
                best = d;
            }
        }

        return Delimiters[best];
    }
}
