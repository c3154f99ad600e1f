namespace Intake.Core.Rollups;

/// <summary>Settings of the weekly rollup, bound from the configuration section <c>Intake:Rollups</c>.</summary>
public sealed class RollupOptions
{
    public const string SectionName = "Rollups";

    /// <summary>
    /// How many weeks before the rolled-up week a <c>last</c> indicator may take its latest value from when the
    /// week itself has none. Default 8.
    /// </summary>
    public int LastLookbackWeeks { get; set; } = 8;

    /// <summary>
    /// When a week's report is due, counted from the Monday 00:00 (Asia/Shanghai) that follows the week.
    /// Default 12:00:00, Monday noon; <c>1.12:00:00</c> would be Tuesday noon.
    /// </summary>
    public TimeSpan DeadlineAfterWeek { get; set; } = TimeSpan.FromHours(12);
}
