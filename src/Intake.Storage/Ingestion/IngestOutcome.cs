using Intake.Core.Catalog;
using Intake.Core.Submissions;

namespace Intake.Storage.Ingestion;

/// <summary>What processing one upload did.</summary>
public sealed record IngestOutcome(
    string BlobName,
    string SubmissionId,
    SubmissionStatus Status,
    OrgUnitCode? Reporter,
    string? Period,
    int FactCount,
    int ErrorCount,
    int WarningCount,
    string FeedbackBlob,
    string OriginalBlob,
    IReadOnlyList<string> FactPeriods);
