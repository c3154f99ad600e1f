using System.Text;

namespace Intake.Cli.Commands;

/// <summary>Prints rows as aligned columns, counting a Chinese character as two columns wide, as terminals show it.</summary>
internal static class TextTable
{
    public static void Print(TextWriter output, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows)
    {
        var all = rows.Prepend(headers).ToList();
        var widths = headers.Select((_, c) => all.Max(r => Width(c < r.Count ? r[c] : string.Empty))).ToArray();
        foreach (var row in all)
        {
            var line = new StringBuilder("  ");
            for (var c = 0; c < headers.Count; c++)
            {
                var cell = c < row.Count ? row[c] : string.Empty;
                line.Append(cell).Append(' ', widths[c] - Width(cell) + 2);
            }

            output.WriteLine(line.ToString().TrimEnd());
        }
    }

    private static int Width(string text) => text.Sum(c => c >= '\u2E80' ? 2 : 1);
}
