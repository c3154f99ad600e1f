namespace Intake.Storage.Tables;

/// <summary>The Status values of IntakeSubmissions (DESIGN.md).</summary>
public static class SubmissionStatus
{
    public const string Accepted = "accepted";
    public const string AcceptedWithWarnings = "accepted_with_warnings";
    public const string Rejected = "rejected";
    public const string Duplicate = "duplicate";
    public const string Superseded = "superseded";

    /// <summary>True for the statuses whose facts are current.</summary>
    public static bool IsCurrent(string status) => status is Accepted or AcceptedWithWarnings;
}
