namespace Intake.Core.Rollups;

/// <summary>How a rollup value was formed (the <c>Aggregation</c> property of IntakeWeeklyRollups).</summary>
public enum RollupAggregation
{
    /// <summary>Added up: day amounts of a week, or org units into the district.</summary>
    Sum,

    /// <summary>The latest value: a cumulative figure, a rate, a head count.</summary>
    Last,

    /// <summary>The district row is the owning department's own figure (<c>district_value = owner</c>).</summary>
    Owner,
}
