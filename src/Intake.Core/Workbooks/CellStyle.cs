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

    /// <summary>A number shown with 余 after it (<c>2000余</c>): an <c>at_least</c> value that stays a number.</summary>
    AtLeast = 9,

    /// <summary>A number shown with 以内 (<c>70以内</c>).</summary>
    AtMost = 10,

    /// <summary>A number shown with 约 (<c>约300</c>).</summary>
    Approx = 11,

    /// <summary>Percent points shown with % (5 as <c>5%</c>; the cell holds 5, as the tables do).</summary>
    PercentPoints = 12,

    /// <summary>Percent points shown with %以上.</summary>
    PercentAtLeast = 13,

    /// <summary>Percent points shown with %以内 (<c>2%以内</c>).</summary>
    PercentAtMost = 14,

    /// <summary>Percent points shown with 约 and %.</summary>
    PercentApprox = 15,

    /// <summary>Bold, on a grey fill: a header row.</summary>
    Header = 16,
}
