namespace Intake.Core.Tests.Generator;

/// <summary>A number a spreadsheet shows as a percentage (0.05 shown as 5%): a cell of its own kind in a plan.</summary>
internal sealed record PercentCell(double Fraction);

/// <summary>A sheet as the generator lays it out: rows of cells (text, numbers, <see cref="PercentCell"/>, null) and merged ranges.</summary>
internal sealed class SheetPlan(string name)
{
    public string Name { get; } = name;

    public List<object?[]> Rows { get; } = [];

    public List<string> Merges { get; } = [];

    /// <summary>The zero-based index the next row gets.</summary>
    public int NextRow => Rows.Count;

    public SheetPlan Row(params object?[] cells)
    {
        Rows.Add(cells);
        return this;
    }

    public SheetPlan Blank() => Row();

    /// <summary>Merges a range of the row just added, from column <paramref name="first"/> to <paramref name="last"/>.</summary>
    public SheetPlan MergeLast(int first, int last)
    {
        if (last > first)
        {
            Merges.Add($"{Column(first)}{Rows.Count}:{Column(last)}{Rows.Count}");
        }

        return this;
    }

    public static string Column(int index) => index < 26 ? ((char)('A' + index)).ToString() : Column(index / 26 - 1) + (char)('A' + index % 26);
}
