using Intake.Core.Catalog;

namespace Intake.Core.Rollups;

/// <summary>
/// How many of a month's, quarter's or year's weeks a reporter reported: <see cref="Weeks"/> counts the weeks that
/// count in the period (by their Thursday) and had ended when it was built.
/// </summary>
public sealed record PeriodCompleteness(string Period, OrgUnitCode Reporter, bool Expected, int Weeks, int WeeksReceived, int WeeksOnTime)
{
    /// <summary>Every week received (报齐).</summary>
    public bool Complete => WeeksReceived == Weeks;

    public int WeeksLate => WeeksReceived - WeeksOnTime;

    public int WeeksMissing => Weeks - WeeksReceived;
}
