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
        var records = new CsvRecordReader(text, delimiter, limits.MaxCellLength, limits.MaxColumns);
        var fields = new List<string>();
        var rows = 0;
        while (records.TryRead(fields))
        {
            SpreadsheetReader.CheckProgress(++rows, limits, clock);
            var cells = new CellValue?[Math.Min(fields.Count, limits.MaxColumns)];
            for (var i = 0; i < cells.Length; i++)
            {
                var field = fields[i].Trim();
                cells[i] = field.Length == 0 ? null : new CellValue(UnicodeText.Clean(field));
            }

            yield return new SheetRow(records.RecordIndex, cells);
        }
    }

    /// <summary>
    /// Picks the delimiter that splits the most lines into the same number of fields: a
    /// tab- or semicolon-separated report still holds commas, in numbers such as <c>1,250</c>.
    /// </summary>
    private static char DetectDelimiter(Stream stream, System.Text.Encoding encoding)
    {
        stream.Position = 0;
        using var text = new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        var buffer = new char[16 * 1024];
        var length = text.ReadBlock(buffer, 0, buffer.Length);
        stream.Position = 0;
        var lines = new List<int[]>();
        var counts = new int[Delimiters.Length];
        var quoted = false;
        for (var i = 0; i < length; i++)
        {
            var c = buffer[i];
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && c == '\n')
            {
                lines.Add(counts);
                counts = new int[Delimiters.Length];
            }
            else if (!quoted && Array.IndexOf(Delimiters, c) is var d and >= 0)
            {
                counts[d]++;
            }
        }

        lines.Add(counts);
        var best = 0;
        var bestScore = (Lines: 0, Total: 0);
        for (var d = 0; d < Delimiters.Length; d++)
        {
            var perLine = lines.Select(l => l[d]).Where(n => n > 0).ToList();
            var score = (Lines: perLine.GroupBy(n => n).Select(g => g.Count()).DefaultIfEmpty(0).Max(), Total: perLine.Sum());
            if (score.Lines > bestScore.Lines || (score.Lines == bestScore.Lines && score.Total > bestScore.Total))
            {
                (best, bestScore) = (d, score);
            }
        }

        return Delimiters[best];
    }
}
