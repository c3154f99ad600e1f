namespace Intake.Web.Week;

/// <summary>One district figure of the week (a row of IntakeWeeklyRollups with OrgUnit <c>shangjie</c>).</summary>
public sealed record RollupView(
    string Indicator,
    string Name,
    string Unit,
    string Measure,
    string MeasureName,
    double Value,
    string Qualifier,
    int ReportCount);
