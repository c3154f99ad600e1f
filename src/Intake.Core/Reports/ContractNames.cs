using Intake.Core.Quantities;
using Intake.Core.Rollups;
using Intake.Core.Submissions;

namespace Intake.Core.Reports;

/// <summary>
/// The spellings the JSON contract and the tables use for enum values, both ways. A value the code does not know is a
/// bug and a stored spelling the code does not know is corrupt or newer data: both throw, neither maps to a default.
/// </summary>
public static class ContractNames
{
    public static string Of(ReportStatus status) => status switch
    {
        ReportStatus.Accepted => "accepted",
        ReportStatus.AcceptedWithWarnings => "accepted_with_warnings",
        ReportStatus.Rejected => "rejected",
        _ => throw Unknown(status),
    };

    public static string Of(SubmissionStatus status) => status switch
    {
        SubmissionStatus.Accepted => "accepted",
        SubmissionStatus.AcceptedWithWarnings => "accepted_with_warnings",
        SubmissionStatus.Rejected => "rejected",
        SubmissionStatus.Duplicate => "duplicate",
        SubmissionStatus.Superseded => "superseded",
        _ => throw Unknown(status),
    };

    public static SubmissionStatus ParseSubmissionStatus(string? text) => text switch
    {
        "accepted" => SubmissionStatus.Accepted,
        "accepted_with_warnings" => SubmissionStatus.AcceptedWithWarnings,
        "rejected" => SubmissionStatus.Rejected,
        "duplicate" => SubmissionStatus.Duplicate,
        "superseded" => SubmissionStatus.Superseded,
        _ => throw Unreadable("submission status", text),
    };

    public static string Of(Qualifier qualifier) => qualifier switch
    {
        Qualifier.Exact => "exact",
        Qualifier.AtLeast => "at_least",
        Qualifier.AtMost => "at_most",
        Qualifier.Approx => "approx",
        _ => throw Unknown(qualifier),
    };

    public static string Of(Measure measure) => measure switch
    {
        Measure.Period => "period",
        Measure.Cumulative => "cumulative",
        _ => throw Unknown(measure),
    };

    public static string Of(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => throw Unknown(severity),
    };

    public static string Of(ReconciliationKind kind) => kind switch
    {
        ReconciliationKind.Conflict => "conflict",
        ReconciliationKind.CumulativeGap => "cumulative-gap",
        ReconciliationKind.OwnerVsUnits => "owner-vs-units",
        _ => throw Unknown(kind),
    };

    public static string Of(RollupAggregation aggregation) =>
        Enum.IsDefined(aggregation) ? aggregation.ToString().ToLowerInvariant() : throw Unknown(aggregation);

    public static RollupAggregation ParseAggregation(string? text) =>
        Enum.GetValues<RollupAggregation>().Where(a => Of(a) == text).Select(a => (RollupAggregation?)a).FirstOrDefault()
            ?? throw Unreadable("aggregation", text);

    public static ReconciliationKind ParseReconciliationKind(string? text) => text switch
    {
        "conflict" => ReconciliationKind.Conflict,
        "cumulative-gap" => ReconciliationKind.CumulativeGap,
        "owner-vs-units" => ReconciliationKind.OwnerVsUnits,
        _ => throw Unreadable("reconciliation kind", text),
    };

    public static Qualifier ParseQualifier(string? text) => text switch
    {
        "exact" => Qualifier.Exact,
        "at_least" => Qualifier.AtLeast,
        "at_most" => Qualifier.AtMost,
        "approx" => Qualifier.Approx,
        _ => throw Unreadable("qualifier", text),
    };

    public static Measure ParseMeasure(string? text) => text switch
    {
        "period" => Measure.Period,
        "cumulative" => Measure.Cumulative,
        _ => throw Unreadable("measure", text),
    };

    private static ArgumentOutOfRangeException Unknown<T>(T value)
        where T : struct, Enum =>
        new(typeof(T).Name, value, $"{value} is not a {typeof(T).Name} the contract spells.");

    private static InvalidDataException Unreadable(string what, string? text) =>
        new($"Stored {what} '{text}' is not one the contract knows.");
}
