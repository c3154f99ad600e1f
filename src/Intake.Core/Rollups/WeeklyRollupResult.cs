namespace Intake.Core.Rollups;

/// <summary>What one week's rollup yields: the rollup rows and the reconciliation items.</summary>
public sealed record WeeklyRollupResult(IReadOnlyList<WeeklyRollup> Rollups, IReadOnlyList<ReconciliationItem> Reconciliations);
