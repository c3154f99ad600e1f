using Intake.Core.Quantities;
using Intake.Core.Rollups;

namespace Intake.Core.Reports;

/// <summary>The spellings the JSON contract and the tables use for enum values.</summary>
public static class ContractNames
{
    public static string Of(ReportStatus status) => status switch
    {
        ReportStatus.Accepted => "accepted",
        ReportStatus.AcceptedWithWarnings => "accepted_with_warnings",
        _ => "rejected",
    };

    public static string Of(Qualifier qualifier) => qualifier switch
    {
        Qualifier.AtLeast => "at_least",
        Qualifier.AtMost => "at_most",
        Qualifier.Approx => "approx",
        _ => "exact",
    };

    public static string Of(Measure measure) => measure == Measure.Cumulative ? "cumulative" : "period";

    public static string Of(Severity severity) => severity == Severity.Warning ? "warning" : "error";

    public static string Of(ReconciliationKind kind) => kind switch
    {
        ReconciliationKind.Conflict => "conflict",
        ReconciliationKind.CumulativeGap => "cumulative-gap",
        _ => "owner-vs-units",
    };

    public static string Of(RollupAggregation aggregation) => aggregation.ToString().ToLowerInvariant();

    public static RollupAggregation ParseAggregation(string? text) =>
        Enum.TryParse<RollupAggregation>(text, ignoreCase: true, out var aggregation) ? aggregation : RollupAggregation.Sum;

    public static ReconciliationKind ParseReconciliationKind(string? text) => text switch
    {
        "conflict" => ReconciliationKind.Conflict,
        "cumulative-gap" => ReconciliationKind.CumulativeGap,
        _ => ReconciliationKind.OwnerVsUnits,
    };

    public static Qualifier ParseQualifier(string? text) => text switch
    {
        "at_least" => Qualifier.AtLeast,
        "at_most" => Qualifier.AtMost,
        "approx" => Qualifier.Approx,
        _ => Qualifier.Exact,
    };

    public static Measure ParseMeasure(string? text) => text == "cumulative" ? Measure.Cumulative : Measure.Period;
}
