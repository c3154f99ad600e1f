using Azure;
using Azure.Data.Tables;
using Intake.Core.Catalog;
using Intake.Core.Rollups;

namespace Intake.Storage.Tables;

/// <summary>A row of <c>IntakeCompleteness</c>. PartitionKey = week; RowKey = reporter code.</summary>
public sealed class CompletenessEntity : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;

    public string RowKey { get; set; } = string.Empty;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string Week { get; set; } = string.Empty;

    public string Reporter { get; set; } = string.Empty;

    public bool Expected { get; set; }

    public bool Received { get; set; }

    public bool OnTime { get; set; }

    /// <summary>When the first accepted report covering the week was uploaded; absent when none came.</summary>
    public DateTimeOffset? SubmittedAt { get; set; }

    /// <summary>That report's submission; empty when none came.</summary>
    public string SubmissionId { get; set; } = string.Empty;

    public static CompletenessEntity From(CompletenessEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new CompletenessEntity
        {
            PartitionKey = entry.Week,
            RowKey = entry.Reporter,
            Week = entry.Week,
            Reporter = entry.Reporter,
            Expected = entry.Expected,
            Received = entry.Received,
            OnTime = entry.OnTime,
            SubmittedAt = entry.SubmittedAt,
            SubmissionId = entry.SubmissionId ?? string.Empty,
        };
    }

    public CompletenessEntry ToEntry() =>
        new(Week, OrgUnitCode.Parse(Reporter), Expected, Received, OnTime, SubmittedAt, SubmissionId.Length == 0 ? null : SubmissionId);
}
