using Intake.Core.Periods;

namespace Intake.Core.Rollups;

/// <summary>One week as the district office reads it: rollups, who reported, and what disagrees.</summary>
public sealed record WeeklyReport(
    Period Week,
    IReadOnlyList<WeeklyRollup> Rollups,
    IReadOnlyList<CompletenessEntry> Completeness,
    IReadOnlyList<ReconciliationItem> Reconciliations);
