namespace Intake.Core.Workbooks;

/// <summary>
/// Makes text safe to put in a cell a clerk will open: text that starts like a formula
/// (<c>= + - @</c>, tab, CR) gets a leading apostrophe so Excel and CSV importers show it as text.
/// </summary>
public static class SpreadsheetText
{
    public static string Safe(string? text) =>
        string.IsNullOrEmpty(text) ? string.Empty
        : text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text
        : text;
}
