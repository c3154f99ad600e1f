using Intake.Core.Reports;

namespace Intake.Core.Submissions;

/// <summary>
/// What became of one upload, as IntakeSubmissions records it (docs/storage-schema.md). Inside the code a submission's
/// state is this type; <see cref="ContractNames"/> is the one place that spells it for tables and JSON.
/// </summary>
public enum SubmissionStatus
{
    /// <summary>Its facts are the report's current ones.</summary>
    Accepted,

    /// <summary>Its facts are current, and it carries warnings to check.</summary>
    AcceptedWithWarnings,

    /// <summary>It has errors (or could not be processed); none of its facts were stored.</summary>
    Rejected,

    /// <summary>Its content is that of the current version; nothing changed.</summary>
    Duplicate,

    /// <summary>A newer version of the report replaced it, or was received before it.</summary>
    Superseded,
}

/// <summary>What a submission's state means for the report it belongs to.</summary>
public static class SubmissionStatuses
{
    /// <summary>True for the states whose facts are current: the one definition of "current".</summary>
    public static bool IsCurrent(this SubmissionStatus status) =>
        status is SubmissionStatus.Accepted or SubmissionStatus.AcceptedWithWarnings;

    /// <summary>The state of an upload whose parse ended with <paramref name="verdict"/>, before any version decision.</summary>
    public static SubmissionStatus Of(ReportStatus verdict) => verdict switch
    {
        ReportStatus.Accepted => SubmissionStatus.Accepted,
        ReportStatus.AcceptedWithWarnings => SubmissionStatus.AcceptedWithWarnings,
        ReportStatus.Rejected => SubmissionStatus.Rejected,
        _ => throw new ArgumentOutOfRangeException(nameof(verdict), verdict, "Not a report status."),
    };
}
