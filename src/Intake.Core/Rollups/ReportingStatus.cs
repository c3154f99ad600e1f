namespace Intake.Core.Rollups;

/// <summary>Where a reporter stands for a week.</summary>
public enum ReportingStatus
{
    /// <summary>Reported by the deadline.</summary>
    OnTime,

    /// <summary>Reported after the deadline.</summary>
    Late,

    /// <summary>Expected, and nothing came.</summary>
    Missing,

    /// <summary>Not expected weekly, and nothing came.</summary>
    NotExpected,
}
