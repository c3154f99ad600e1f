using Intake.Core.Messages;
using System.Text;

namespace Intake.Core.Reading;

/// <summary>
/// Reads delimited records one at a time (RFC 4180 quoting, fields spanning lines),
/// so that a large CSV never sits in memory whole; fields past <c>maxFields</c> are skipped
/// rather than kept, so that a line of millions of delimiters costs no memory either.
/// </summary>
public sealed class CsvRecordReader
{
    private readonly TextReader _reader;
    private readonly char _delimiter;
    private readonly int _maxFieldLength;
    private readonly int _maxFields;
    private readonly StringBuilder _field = new();

    public CsvRecordReader(TextReader reader, char delimiter = ',', int maxFieldLength = int.MaxValue, int maxFields = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(reader);
        _reader = reader;
        _delimiter = delimiter;
        _maxFieldLength = maxFieldLength;
        _maxFields = maxFields;
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

                AddField(fields);
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
                        Append(c, quoted);
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    Append(c, quoted);
                }
            }
            else if (c == '"' && _field.Length == 0)
            {
                quoted = true;
            }
            else if (c == _delimiter)
            {
                AddField(fields);
                _field.Clear();
            }
            else if (c is '\r' or '\n')
            {
                if (c == '\r' && _reader.Peek() == '\n')
                {
                    _reader.Read();
                }

                AddField(fields);
                RecordIndex++;
                return true;
            }
            else
            {
                Append(c, quoted);
            }
        }
    }

    private void AddField(List<string> fields)
    {
        if (fields.Count < _maxFields)
        {
            fields.Add(_field.ToString());
        }
    }

    private void Append(char c, bool quoted)
    {
        if (_field.Length >= _maxFieldLength)
        {
            // A quote opened and never closed swallows the rest of the file into one cell.
            throw new SpreadsheetLimitException(MessageCatalog.CsvCellTooLong(RecordIndex + 2, _maxFieldLength, quoted));
        }

        _field.Append(c);
    }
}
