using System.Text;

namespace Intake.Core.Reading;

/// <summary>Cell references as a clerk reads them: <c>周报!C5</c>, or <c>C5</c> in a CSV.</summary>
public static class CellAddress
{
    private static readonly string[] SingleLetters = Enumerable.Range(0, 26).Select(i => ((char)('A' + i)).ToString()).ToArray();

    public static string Format(string? sheet, int row, int column)
    {
        var reference = string.Concat(ColumnName(column), (row + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        return sheet is null ? reference : string.Concat(sheet, "!", reference);
    }

    /// <summary>Zero-based column index to letters: 0 → A, 26 → AA.</summary>
    public static string ColumnName(int column)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(column);
        if (column < SingleLetters.Length)
        {
            return SingleLetters[column];
        }

        var name = new StringBuilder();
        for (var n = column + 1; n > 0; n = (n - 1) / 26)
        {
            name.Insert(0, (char)('A' + ((n - 1) % 26)));
        }

        return name.ToString();
    }
}
