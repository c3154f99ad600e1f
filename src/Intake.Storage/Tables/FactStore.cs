using Azure.Data.Tables;
using Intake.Core.Periods;
using Intake.Core.Reports;

namespace Intake.Storage.Tables;

/// <summary>
/// The owner of IntakeFacts: writes, reads and sweeps the facts of report versions (keys: <see cref="FactKeys"/>), in transactions
/// of at most 100 rows of one partition, several partitions at a time. Rows of a version are invisible to readers
/// until the ledger makes it current, so the order in which partitions land does not matter. Throttling (429, 503)
/// is retried with exponential backoff by the table client's retry policy (Azure.Core's default: 3 retries).
/// </summary>
public sealed class FactStore(IntakeStorage storage)
{
    private const int MaxBatch = 100;

    /// <summary>Partitions written or swept at once: well under an account's limits, enough to keep Azurite and Azure busy.</summary>
    public const int ParallelPartitions = 8;

    private TableClient Facts => storage.Facts;

    public Task WriteAsync(IReadOnlyList<Fact> report, string form, string submissionId, string submissionPartition, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        return WriteRowsAsync(report.Select(f => FactEntity.From(f, form, submissionId, submissionPartition)), cancellationToken);
    }

    /// <summary>Writes rows already made by <see cref="FactEntity.From"/> (the bench seeds a week this way), grouped into transactions per partition.</summary>
    public Task WriteRowsAsync(IEnumerable<FactEntity> rows, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var batches = rows
            .GroupBy(e => e.PartitionKey)
            .SelectMany(partition => partition.Chunk(MaxBatch));
        return Parallel.ForEachAsync(batches, Options(cancellationToken), async (batch, ct) =>
            await Facts.SubmitTransactionAsync(batch.Select(e => new TableTransactionAction(TableTransactionActionType.UpsertReplace, e)), ct).ConfigureAwait(false));
    }

    /// <summary>The rows <paramref name="filter"/> matches, with only the <paramref name="columns"/> asked for.</summary>
    public async Task<List<FactEntity>> ReadRowsAsync(string filter, IEnumerable<string> columns, CancellationToken cancellationToken = default)
    {
        var rows = new List<FactEntity>();
        await foreach (var row in Facts.QueryAsync<FactEntity>(filter, select: columns, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            rows.Add(row);
        }

        return rows;
    }

    /// <summary>
    /// Deletes every row of a report (reporter, form) in the given periods that belongs to another
    /// submission than <paramref name="currentSubmissionId"/>: what a superseded version, or a crashed
    /// earlier attempt, left behind. One query per partition: a week's days and the week share one.
    /// </summary>
    public Task SweepAsync(IEnumerable<string> periods, string reporter, string form, string currentSubmissionId, CancellationToken cancellationToken = default) =>
        DeleteAsync(periods, IntakeStorage.Filter($" and Reporter eq {reporter} and Form eq {form} and SubmissionId ne {currentSubmissionId}"), cancellationToken);

    /// <summary>Deletes every row of one submission in the given periods: the facts of an attempt that never became current.</summary>
    public Task DeleteSubmissionAsync(IEnumerable<string> periods, string submissionId, CancellationToken cancellationToken = default) =>
        DeleteAsync(periods, IntakeStorage.Filter($" and SubmissionId eq {submissionId}"), cancellationToken);

    private Task DeleteAsync(IEnumerable<string> periods, string condition, CancellationToken cancellationToken)
    {
        var partitions = periods
            .Distinct(StringComparer.Ordinal)
            .GroupBy(FactKeys.Partition, StringComparer.Ordinal)
            .Select(p => (Partition: p.Key, First: p.Min(StringComparer.Ordinal)!, Last: p.Max(StringComparer.Ordinal)!))
            .ToList();
        return Parallel.ForEachAsync(partitions, Options(cancellationToken), async (partition, ct) =>
        {
            // The report's rows of these periods lie between the first period's key range and the last one's.
            var filter = FactKeys.PeriodsFilter(partition.Partition, partition.First, partition.Last) + condition;
            var stale = new List<TableEntity>();
            await foreach (var row in Facts.QueryAsync<TableEntity>(filter, select: ["PartitionKey", "RowKey"], cancellationToken: ct).ConfigureAwait(false))
            {
                stale.Add(row);
            }

            foreach (var chunk in stale.Chunk(MaxBatch))
            {
                await Facts.SubmitTransactionAsync(chunk.Select(e => new TableTransactionAction(TableTransactionActionType.Delete, e)), ct).ConfigureAwait(false);
            }
        });
    }

    private static ParallelOptions Options(CancellationToken cancellationToken) =>
        new() { MaxDegreeOfParallelism = ParallelPartitions, CancellationToken = cancellationToken };
}
