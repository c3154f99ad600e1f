namespace Intake.Core.Layout;

/// <summary>Which way a total adds up: a 合计 row its column, a 合计 column its row.</summary>
public enum TotalAxis
{
    /// <summary>A total row: the detail rows above it, in the same column.</summary>
    Row,

    /// <summary>A total column: the detail columns beside it, in the same row.</summary>
    Column,
}
