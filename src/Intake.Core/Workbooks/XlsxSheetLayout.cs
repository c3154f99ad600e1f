namespace Intake.Core.Workbooks;

/// <summary>
/// How a sheet opens: <see cref="ColumnWidths"/> in Excel's character widths (column A first; none: Excel's default),
/// <see cref="FrozenRows"/> rows at the top that stay in view when scrolling (0: none), and whether it prints on A4
/// landscape with all its columns on the page's width (<see cref="PrintFitToWidth"/>, default true).
/// </summary>
public sealed record XlsxSheetLayout(IReadOnlyList<double> ColumnWidths, int FrozenRows = 0, bool PrintFitToWidth = true)
{
    /// <summary>
    /// Widths that fit each column's widest cell: a Chinese character counts two, other characters one; numbers as
    /// written, plus room for a qualifier word; between <paramref name="min"/> and <paramref name="max"/>.
    /// </summary>
    public static IReadOnlyList<double> Fit(IEnumerable<IReadOnlyList<object?>> rows, double min = 6, double max = 60)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var widths = new List<double>();
        foreach (var row in rows)
        {
            for (var c = 0; c < row.Count; c++)
            {
                while (widths.Count <= c)
                {
                    widths.Add(min);
                }

                widths[c] = Math.Min(max, Math.Max(widths[c], Width(row[c]) + 2));
            }
        }

        return widths;
    }

    private static double Width(object? cell) => (cell is StyledCell styled ? styled.Value : cell) switch
    {
        null => 0,
        string text => text.Sum(ch => ch > '\u2E80' ? 2.0 : 1.0),
        double or int or long => Convert.ToDouble(cell is StyledCell s ? s.Value : cell, System.Globalization.CultureInfo.InvariantCulture).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture).Length + 4,
        var other => other.ToString()?.Length ?? 0,
    };
}
