namespace Intake.Web.Upload;

/// <summary>One figure of a previewed report, with the Chinese names of its unit and indicator.</summary>
public sealed record FactView(
    string OrgUnit,
    string OrgUnitName,
    string Indicator,
    string IndicatorName,
    string Measure,
    string MeasureName,
    double Value,
    string Qualifier,
    string Unit,
    string Raw,
    string Cell);
