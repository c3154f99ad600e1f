namespace Intake.Core.Reading;

/// <summary>
/// One non-empty cell as the file holds it: a <see cref="string"/>, <see cref="double"/>,
/// <see cref="DateTime"/> or <see cref="bool"/>, with the Excel number format when there is one.
/// </summary>
public sealed record CellValue(object Value, string? NumberFormat = null)
{
    /// <summary>True for a number shown as a percentage (0.05 shown as 5%).</summary>
    public bool IsPercentFormatted => Value is double && NumberFormat?.Contains('%') == true;

    /// <summary>The cell as text, the way a person reading the sheet would quote it.</summary>
    public string Text => Value switch
    {
        string s => s,
        double d => NumberText(d, IsPercentFormatted),
        DateTime t => Messages.MessageCatalog.DayName(DateOnly.FromDateTime(t)).Zh,
        bool b => b ? "TRUE" : "FALSE",
        _ => Value.ToString() ?? string.Empty,
    };

    /// <summary>A number cell as a person quotes it: 12, 0.5, or 5% for 0.05 shown as a percentage.</summary>
    public static string NumberText(double value, bool percent) =>
        percent
            ? (value * 100).ToString("0.##########", System.Globalization.CultureInfo.InvariantCulture) + "%"
            : Reading.NumberText.Of(value);
}
