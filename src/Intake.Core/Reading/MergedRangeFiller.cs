using ExcelDataReader;

namespace Intake.Core.Reading;

/// <summary>
/// Fills each merged range with its top-left value as the rows of a sheet stream past. A sheet
/// may declare a great many ranges, so each row touches only the ranges open on it.
/// </summary>
internal sealed class MergedRangeFiller
{
    private readonly CellRange[] _byFirstRow;
    private readonly List<(CellRange Range, CellValue? Value)> _open = [];
    private int _next;

    public MergedRangeFiller(IEnumerable<CellRange> merges)
    {
        _byFirstRow = merges
            .Where(m => m.FromRow >= 0 && m.FromColumn >= 0 && m.ToRow >= m.FromRow && m.ToColumn >= m.FromColumn)
            .OrderBy(m => m.FromRow)
            .ToArray();
    }

    /// <summary>Fills the empty cells of row <paramref name="row"/>; rows must come in increasing order.</summary>
    public void Fill(int row, CellValue?[] cells)
    {
        if (_open.Count == 0 && _next == _byFirstRow.Length)
        {
            return;
        }

        _open.RemoveAll(o => o.Range.ToRow < row);
        for (; _next < _byFirstRow.Length && _byFirstRow[_next].FromRow <= row; _next++)
        {
            var range = _byFirstRow[_next];
            if (range.ToRow >= row)
            {
                var topLeft = range.FromRow == row && range.FromColumn < cells.Length ? cells[range.FromColumn] : null;
                _open.Add((range, topLeft));
            }
        }

        foreach (var (range, value) in _open)
        {
            for (var column = range.FromColumn; column <= range.ToColumn && column < cells.Length; column++)
            {
                cells[column] ??= value;
            }
        }
    }
}
