namespace Intake.Web.Week;

/// <summary>A week at a glance for the district office.</summary>
public sealed record WeekView(
    string Week,
    string WeekStart,
    string WeekEnd,
    IReadOnlyList<CompletenessView> Completeness,
    IReadOnlyList<RollupView> District,
    IReadOnlyList<ChartView> Charts,
    IReadOnlyList<ReconciliationView> Reconciliation);
