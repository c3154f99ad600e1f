namespace Intake.Core.Reading;

/// <summary>
/// Where a value was read, held as numbers: a report of 200,000 values keeps 200,000 of these, and only
/// the few shown to a clerk (or written out) are formatted as <c>周报!C5</c>.
/// </summary>
/// <param name="Sheet">The sheet's name (shared by every cell of the sheet); null in a CSV.</param>
/// <param name="Row">Zero-based row.</param>
/// <param name="Column">Zero-based column.</param>
public readonly record struct CellRef(string? Sheet, int Row, int Column)
{
    /// <summary>The address as a clerk reads it: <c>周报!C5</c>, or <c>C5</c> in a CSV.</summary>
    public override string ToString() => CellAddress.Format(Sheet, Row, Column);
}
