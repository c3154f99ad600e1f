using Intake.Core.Periods;
using Intake.Core.Rollups;

namespace Intake.Storage.Rollups;

/// <summary>What one week's rebuild wrote: its rollups, reconciliation items and completeness rows.</summary>
public sealed record BuiltWeek(
    Period Week,
    IReadOnlyList<WeeklyRollup> Rollups,
    IReadOnlyList<ReconciliationItem> Reconciliations,
    IReadOnlyList<CompletenessEntry> Completeness);
