namespace Intake.Core.Periods;

/// <summary>Why a piece of text was read as a period.</summary>
public enum PeriodSource
{
    /// <summary>The text names the period itself: a week, a month, a date range, a date.</summary>
    Explicit,

    /// <summary>
    /// A date after a filing label (填报日期, 报送日期, 填表日期, 报告日期, 日期：); it stands for the ISO week
    /// containing it and counts only when nothing else gives a period.
    /// </summary>
    FilingDate,
}
