namespace Intake.Core.Rollups;

/// <summary>What one period's rollup yields: the rollup rows and the reconciliation items.</summary>
public sealed record PeriodRollupResult(IReadOnlyList<PeriodRollup> Rollups, IReadOnlyList<ReconciliationItem> Reconciliations);
