using Intake.Core.Periods;

namespace Intake.Core.Rollups;

/// <summary>A month, quarter or year as the district office reads it: rollups, weeks reported, and what disagrees.</summary>
public sealed record PeriodReport(
    Period Period,
    IReadOnlyList<PeriodRollup> Rollups,
    IReadOnlyList<PeriodCompleteness> Completeness,
    IReadOnlyList<ReconciliationItem> Reconciliations);
