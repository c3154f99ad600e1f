using System.Runtime.Serialization;
using Azure;
using Azure.Data.Tables;
using Intake.Core.Reports;
using Intake.Core.Submissions;

namespace Intake.Storage.Tables;

/// <summary>
/// A row of <c>IntakeSubmissions</c>: one processed upload. PartitionKey = period code (or
/// <c>unknown</c>); RowKey = <c>reporter|form|submissionId</c>.
/// </summary>
public sealed class SubmissionEntity : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;

    public string RowKey { get; set; } = string.Empty;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string SubmissionId { get; set; } = string.Empty;

    public string Reporter { get; set; } = string.Empty;

    public string Period { get; set; } = string.Empty;

    public string Form { get; set; } = string.Empty;

    public string BlobName { get; set; } = string.Empty;

    public string ContentSha256 { get; set; } = string.Empty;

    /// <summary>The stored spelling of <see cref="State"/> (<see cref="ContractNames.Of(SubmissionStatus)"/>).</summary>
    public string Status { get; set; } = string.Empty;

    /// <summary>The submission's state; a stored spelling the code does not know throws rather than reading as another state.</summary>
    [IgnoreDataMember]
    public SubmissionStatus State
    {
        get => ContractNames.ParseSubmissionStatus(Status);
        set => Status = ContractNames.Of(value);
    }

    public int FactCount { get; set; }

    public int ErrorCount { get; set; }

    public int WarningCount { get; set; }

    public DateTimeOffset ReceivedAt { get; set; }

    public DateTimeOffset ProcessedAt { get; set; }

    public string FeedbackBlob { get; set; } = string.Empty;

    /// <summary>Name of the original in reports-archive (accepted, duplicate, superseded) or reports-rejected.</summary>
    public string OriginalBlob { get; set; } = string.Empty;

    /// <summary>The distinct periods of the submission's facts, comma-separated, so that a later version can sweep them all.</summary>
    public string FactPeriods { get; set; } = string.Empty;

    /// <summary>
    /// The warnings and errors as the contract's "issues" array, always valid JSON: when they do not fit the
    /// table's 32K-character property limit, whole issues are dropped from the end (<see cref="IssuesOmitted"/>).
    /// </summary>
    public string IssuesJson { get; set; } = string.Empty;

    /// <summary>How many of the report's errors and warnings <see cref="IssuesJson"/> does not hold.</summary>
    public int IssuesOmitted { get; set; }

    /// <summary>The longest <see cref="IssuesJson"/> stored: a string property holds at most 32K UTF-16 characters.</summary>
    public const int MaxIssuesJsonLength = 32_000;

    /// <summary>Stores the issues kept of a report that found <paramref name="found"/> in all.</summary>
    public void RecordIssues(IReadOnlyList<ReportIssue> issues, int found)
    {
        ArgumentNullException.ThrowIfNull(issues);
        IssuesJson = ParseResultJson.IssuesToJson(issues, MaxIssuesJsonLength, out var written);
        IssuesOmitted = Math.Max(found, issues.Count) - written;
    }
}
