namespace Intake.Web.Upload;

/// <summary>An upload sent to the inbox and, once the blob trigger has processed it, its stored outcome.</summary>
public sealed record SubmissionView(
    string Id,
    string Status,
    string Outcome,
    string? Reporter,
    string? Period,
    int FactCount,
    int ErrorCount,
    int WarningCount,
    string? FeedbackUrl);
