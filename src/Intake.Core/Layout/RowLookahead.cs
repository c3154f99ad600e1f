using Intake.Core.Reading;

namespace Intake.Core.Layout;

/// <summary>
/// The non-empty rows of a sheet, read once and in order, with the next few held back so that a row's role can be
/// judged by the rows under it (a header by the data it labels) without holding the sheet.
/// </summary>
internal sealed class RowLookahead : IDisposable
{
    private readonly IEnumerator<SheetRow> _rows;
    private readonly SheetRow[] _held;
    private int _first;
    private int _count;
    private bool _ended;

    public RowLookahead(IEnumerable<SheetRow> rows, int depth)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(depth, 1);
        _rows = rows.GetEnumerator();
        _held = new SheetRow[depth];
    }

    /// <summary>How many rows ahead can be looked at, the current one included.</summary>
    public int Depth => _held.Length;

    /// <summary>The current row, or null past the last one.</summary>
    public SheetRow? Current => Peek(0);

    /// <summary>The row <paramref name="offset"/> non-empty rows after the current one, or null past the last row.</summary>
    public SheetRow? Peek(int offset)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(offset, _held.Length);
        while (_count <= offset && !_ended)
        {
            if (!_rows.MoveNext())
            {
                _ended = true;
                break;
            }

            if (!_rows.Current.IsEmpty)
            {
                _held[(_first + _count) % _held.Length] = _rows.Current;
                _count++;
            }
        }

        return offset < _count ? _held[(_first + offset) % _held.Length] : null;
    }

    /// <summary>Moves past <paramref name="count"/> rows.</summary>
    public void Advance(int count = 1)
    {
        for (var i = 0; i < count && Peek(0) is not null; i++)
        {
            _held[_first] = null!;
            _first = (_first + 1) % _held.Length;
            _count--;
        }
    }

    public void Dispose() => _rows.Dispose();
}
