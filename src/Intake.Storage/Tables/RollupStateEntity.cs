using Azure;
using Azure.Data.Tables;

namespace Intake.Storage.Tables;

/// <summary>
/// A row of <c>IntakeRollupState</c>: PartitionKey <c>dirty</c> with RowKey = a week whose rollup must be built
/// again, or PartitionKey <c>schedule</c> with RowKey <c>last-built</c> naming the last week the timer built.
/// </summary>
public sealed class RollupStateEntity : ITableEntity
{
    public const string DirtyPartition = "dirty";
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
}
