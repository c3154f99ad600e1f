namespace Intake.Core.Workbooks;

/// <summary>The few cell styles Intake writes; the numbers are indexes into the styles part.</summary>
public enum CellStyle
{
    Normal = 0,
    Bold = 1,
    Percent = 2,
    Date = 3,
    Wrap = 4,

    /// <summary>Built-in format 31 (yyyy年m月d日 in Chinese Excel), stored without a format code.</summary>
    BuiltInChineseDate = 5,

    /// <summary>Green fill: done, on time.</summary>
    GoodFill = 6,

    /// <summary>Yellow fill: done, late.</summary>
    WarningFill = 7,

    /// <summary>Red fill: missing.</summary>
    BadFill = 8,
}
