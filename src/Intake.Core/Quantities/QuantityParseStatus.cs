namespace Intake.Core.Quantities;

/// <summary>What a cell turned out to hold.</summary>
public enum QuantityParseStatus
{
    /// <summary>A number was read.</summary>
    Value,

    /// <summary>The office left the cell blank or wrote a placeholder such as <c>—</c> or <c>/</c>.</summary>
    Empty,

    /// <summary>Text that is not a quantity (不详, 若干, 3-5).</summary>
    Invalid,
}
