using Azure;
using Azure.Data.Tables;

namespace Intake.Storage.Tables;

/// <summary>
/// A row of <c>IntakeRollupState</c> in partition <c>attempt</c>: an ingest that began writing the facts of a report
/// version (RowKey = its submission id) and has not finished. The ingest removes it when done; the timer takes one
/// still there after <see cref="IntakeOptions.AbandonedAttemptAfter"/> for a crashed attempt and sweeps its facts.
/// </summary>
public sealed class IngestAttemptEntity : ITableEntity
{
    public const string AttemptPartition = "attempt";

    public string PartitionKey { get; set; } = AttemptPartition;

    public string RowKey { get; set; } = string.Empty;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    /// <summary>The report's period: the PartitionKey of its submissions and the first part of its lock.</summary>
    public string ReportPeriod { get; set; } = string.Empty;

    public string Reporter { get; set; } = string.Empty;

    public string Form { get; set; } = string.Empty;

    /// <summary>The periods of the facts it writes, compact (<see cref="PeriodList"/>).</summary>
    public string FactPeriods { get; set; } = string.Empty;

    public DateTimeOffset StartedAt { get; set; }
}
