namespace Intake.Web.Week;

/// <summary>A week at a glance for the district office; <paramref name="Built"/> is false until a rollup has built the week.</summary>
public sealed record WeekView(
    string Week,
    string WeekStart,
    string WeekEnd,
    bool Built,
    IReadOnlyList<CompletenessView> Completeness,
    IReadOnlyList<RollupView> District,
    IReadOnlyList<ChartView> Charts,
    IReadOnlyList<ReconciliationView> Reconciliation);
