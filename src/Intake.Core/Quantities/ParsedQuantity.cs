namespace Intake.Core.Quantities;

/// <summary>
/// A quantity read from a cell. <see cref="Value"/>, <see cref="Qualifier"/> and <see cref="Unit"/>
/// only mean something when <see cref="Status"/> is <see cref="QuantityParseStatus.Value"/>.
/// </summary>
/// <param name="Status">Whether a number was read.</param>
/// <param name="Value">The number, in <paramref name="Unit"/> when one was written.</param>
/// <param name="Qualifier">How the number bounds the quantity.</param>
/// <param name="Unit">The canonical unit word written in the cell, or null.</param>
public readonly record struct ParsedQuantity(QuantityParseStatus Status, double Value, Qualifier Qualifier, string? Unit)
{
    /// <summary>A blank cell or a placeholder.</summary>
    public static ParsedQuantity Empty { get; } = new(QuantityParseStatus.Empty, 0, Qualifier.Exact, null);

    /// <summary>Text that is not a quantity.</summary>
    public static ParsedQuantity Invalid { get; } = new(QuantityParseStatus.Invalid, 0, Qualifier.Exact, null);
}
