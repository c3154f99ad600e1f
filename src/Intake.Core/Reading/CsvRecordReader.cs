using System.Text;

namespace Intake.Core.Reading;

/// <summary>
/// Reads delimited records one at a time (RFC 4180 quoting, fields spanning lines),
/// so that a large CSV never sits in memory whole.
/// </summary>
public sealed class CsvRecordReader
{
    private readonly TextReader _reader;
    private readonly char _delimiter;
    private readonly int _maxFieldLength;
    private readonly StringBuilder _field = new();

    public CsvRecordReader(TextReader reader, char delimiter = ',', int maxFieldLength = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(reader);
        _reader = reader;
        _delimiter = delimiter;
        _maxFieldLength = maxFieldLength;
    }

    /// <summary>Zero-based number of the record the last <see cref="TryRead"/> returned.</summary>
    public int RecordIndex { get; private set; } = -1;

    /// <summary>Reads the next record into <paramref name="fields"/>; false at the end of the text.</summary>
    public bool TryRead(List<string> fields)
    {
        fields.Clear();
        _field.Clear();
        var quoted = false;
        var sawAnything = false;
        while (true)
        {
            var next = _reader.Read();
            if (next < 0)
            {
                if (!sawAnything)
                {
                    return false;
                }

                fields.Add(_field.ToString());
                RecordIndex++;
                return true;
            }

            sawAnything = true;
            var c = (char)next;
            if (quoted)
            {
                if (c == '"')
                {
                    if (_reader.Peek() == '"')
                    {
                        _reader.Read();
                        Append(c);
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    Append(c);
                }
            }
            else if (c == '"' && _field.Length == 0)
            {
                quoted = true;
            }
            else if (c == _delimiter)
            {
                fields.Add(_field.ToString());
                _field.Clear();
            }
            else if (c is '\r' or '\n')
            {
                if (c == '\r' && _reader.Peek() == '\n')
                {
                    _reader.Read();
                }

                fields.Add(_field.ToString());
                RecordIndex++;
                return true;
            }
            else
            {
                Append(c);
            }
        }
    }

    private void Append(char c)
    {
        if (_field.Length >= _maxFieldLength)
        {
            throw new SpreadsheetLimitException(
                $"CSV 第 {RecordIndex + 2} 行有单元格超过 {_maxFieldLength} 个字符",
                $"a cell in CSV row {RecordIndex + 2} is longer than {_maxFieldLength} characters");
        }

        _field.Append(c);
    }
}
