using Azure;
using Azure.Data.Tables;

namespace Intake.Storage.Tables;

/// <summary>
/// A row of <c>IntakeRollupState</c>: PartitionKey <c>dirty</c> with RowKey = a week whose rollup must be built
/// again (with the reason of its last failed build, if one failed), PartitionKey <c>refused</c> with RowKey = a week
/// the rollup never builds (out of the periods reports are taken for) and why, or PartitionKey <c>schedule</c> with
/// RowKey <c>last-built</c> naming the last week the timer built.
/// </summary>
public sealed class RollupStateEntity : ITableEntity
{
    public const string DirtyPartition = "dirty";
    public const string RefusedPartition = "refused";
    public const string SchedulePartition = "schedule";
    public const string LastBuiltRow = "last-built";

    public string PartitionKey { get; set; } = string.Empty;

    public string RowKey { get; set; } = string.Empty;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string Week { get; set; } = string.Empty;

    /// <summary>When the row was last written.</summary>
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>For a dirty mark: the submission whose acceptance made the week dirty.</summary>
    public string SubmissionId { get; set; } = string.Empty;

    /// <summary>Why the last build of the week failed (dirty), or why it is never built (refused); null when none did.</summary>
    public string? LastError { get; set; }

    /// <summary>When that build failed or was refused.</summary>
    public DateTimeOffset? FailedAt { get; set; }
}
