using Intake.Core.Reading;

namespace Intake.Core.Tests.Support;

/// <summary>Sheet rows from literal cells, for the components that read rows: strings, numbers, null for empty.</summary>
internal static class Rows
{
    public static SheetRow Of(int index, params object?[] cells) =>
        new(index, cells.Select(c => c switch
        {
            null or "" => null,
            string text => new CellValue(text),
            var number => new CellValue(Convert.ToDouble(number, System.Globalization.CultureInfo.InvariantCulture)),
        }).ToArray());

    /// <summary>Rows numbered from 0, one per array.</summary>
    public static List<SheetRow> Numbered(params object?[][] rows) => rows.Select((cells, i) => Of(i, cells)).ToList();
}
