namespace Intake.Web.Week;

/// <summary>One reconciliation item of the week (IntakeReconciliation).</summary>
public sealed record ReconciliationView(
    string Kind,
    string KindName,
    string OrgUnitName,
    string IndicatorName,
    string MeasureName,
    double? Chosen,
    double? Other,
    string Message);
