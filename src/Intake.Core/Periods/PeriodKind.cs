namespace Intake.Core.Periods;

/// <summary>How long a reporting period lasts.</summary>
public enum PeriodKind
{
    /// <summary>One calendar day, code <c>2022-03-28</c>.</summary>
    Day,

    /// <summary>One ISO 8601 week, Monday to Sunday, code <c>2022-W13</c>.</summary>
    Week,

    /// <summary>One calendar month, code <c>2022-03</c>.</summary>
    Month,

    /// <summary>One calendar quarter, code <c>2022-Q1</c>.</summary>
    Quarter,

    /// <summary>One calendar year, code <c>2022</c>.</summary>
    Year,
}
