namespace Intake.Core.Reading;

/// <summary>One row of a sheet: its zero-based index and its cells by zero-based column (null = empty).</summary>
public sealed record SheetRow(int Index, IReadOnlyList<CellValue?> Cells)
{
    public CellValue? this[int column] => column < Cells.Count ? Cells[column] : null;

    public bool IsEmpty
    {
        get
        {
            foreach (var cell in Cells)
            {
                if (cell is not null)
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>
    /// The row's non-empty cells joined, for finding metadata written across cells; a merged range
    /// (the same cell repeated side by side) counts once.
    /// </summary>
    public string JoinedText => string.Join(' ', Cells.Where((c, i) => c is not null && (i == 0 || !ReferenceEquals(c, Cells[i - 1]))).Select(c => c!.Text));
}
