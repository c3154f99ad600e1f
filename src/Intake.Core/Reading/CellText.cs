namespace Intake.Core.Reading;

/// <summary>
/// A value cell as written, kept without making a string: text cells keep the reader's own string,
/// number cells their number, formatted the way <see cref="CellValue.Text"/> quotes it when asked.
/// </summary>
public readonly struct CellText : IEquatable<CellText>
{
    private readonly string? _text;
    private readonly double _number;
    private readonly bool _percent;

    private CellText(string? text, double number, bool percent) => (_text, _number, _percent) = (text, number, percent);

    public static CellText Of(CellValue cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        return cell.Value is double number ? new CellText(null, number, cell.IsPercentFormatted) : new CellText(cell.Text, 0, false);
    }

    public static CellText Of(string text) => new(text, 0, false);

    /// <summary>A number cell: <paramref name="percent"/> when it is shown as a percentage.</summary>
    public static CellText Number(double number, bool percent) => new(null, number, percent);

    /// <summary>The cell's text when it held text; null for a number.</summary>
    public string? Text => _text;

    /// <summary>The cell's number when it held one (<see cref="Text"/> is null).</summary>
    public double NumberValue => _number;

    public bool IsPercent => _percent;

    public override string ToString() => _text ?? CellValue.NumberText(_number, _percent);

    public bool Equals(CellText other) => string.Equals(ToString(), other.ToString(), StringComparison.Ordinal);

    public override bool Equals(object? obj) => obj is CellText other && Equals(other);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(ToString());

    public static bool operator ==(CellText left, CellText right) => left.Equals(right);

    public static bool operator !=(CellText left, CellText right) => !left.Equals(right);
}
