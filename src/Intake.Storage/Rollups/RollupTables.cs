using Azure;
using Azure.Data.Tables;
using Intake.Core.Periods;
using Intake.Storage.Tables;

namespace Intake.Storage.Rollups;

/// <summary>
/// The owner of what the rollups store: IntakeWeeklyRollups, IntakePeriodRollups, IntakeCompleteness and
/// IntakeReconciliation, one partition per week, month, quarter or year. A rollup replaces its partitions whole;
/// the readers read them whole. A table no rollup has written yet reads as empty.
/// </summary>
public sealed class RollupTables(IntakeStorage storage)
{
    private const int MaxBatch = 100;

    /// <summary>Replaces what is stored for <paramref name="week"/>: its rollups, then its reconciliation, then its completeness.</summary>
    public Task ReplaceWeekAsync(
        Period week, IReadOnlyCollection<RollupEntity> rollups, IReadOnlyCollection<ReconciliationEntity> reconciliations,
        IReadOnlyCollection<CompletenessEntity> completeness, CancellationToken cancellationToken = default) =>
        ReplaceAllAsync(storage.WeeklyRollups, Code(week), rollups, reconciliations, completeness, cancellationToken);

    /// <summary>Replaces what is stored for a month, quarter or year, in the same order as a week's.</summary>
    public Task ReplacePeriodAsync(
        Period period, IReadOnlyCollection<PeriodRollupEntity> rollups, IReadOnlyCollection<ReconciliationEntity> reconciliations,
        IReadOnlyCollection<PeriodCompletenessEntity> completeness, CancellationToken cancellationToken = default) =>
        ReplaceAllAsync(storage.PeriodRollups, Code(period), rollups, reconciliations, completeness, cancellationToken);

    public Task<List<RollupEntity>> WeeklyRollupsAsync(Period week, CancellationToken cancellationToken = default) =>
        RowsAsync<RollupEntity>(storage.WeeklyRollups, Code(week), cancellationToken);

    public Task<List<PeriodRollupEntity>> PeriodRollupsAsync(Period period, CancellationToken cancellationToken = default) =>
        RowsAsync<PeriodRollupEntity>(storage.PeriodRollups, Code(period), cancellationToken);

    public Task<List<ReconciliationEntity>> ReconciliationAsync(Period period, CancellationToken cancellationToken = default) =>
        RowsAsync<ReconciliationEntity>(storage.Reconciliation, Code(period), cancellationToken);

    /// <summary>A week's completeness rows (<see cref="CompletenessEntity"/>) or a longer period's (<see cref="PeriodCompletenessEntity"/>).</summary>
    public Task<List<T>> CompletenessAsync<T>(Period period, CancellationToken cancellationToken = default)
        where T : class, ITableEntity, new() =>
        RowsAsync<T>(storage.Completeness, Code(period), cancellationToken);

    private static string Code(Period period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return period.Code;
    }

    private async Task ReplaceAllAsync<TRollup, TCompleteness>(
        TableClient rollupTable, string partition, IReadOnlyCollection<TRollup> rollups, IReadOnlyCollection<ReconciliationEntity> reconciliations,
        IReadOnlyCollection<TCompleteness> completeness, CancellationToken cancellationToken)
        where TRollup : class, ITableEntity
        where TCompleteness : class, ITableEntity
    {
        await ReplaceAsync(rollupTable, partition, rollups, cancellationToken).ConfigureAwait(false);
        await ReplaceAsync(storage.Reconciliation, partition, reconciliations, cancellationToken).ConfigureAwait(false);
        await ReplaceAsync(storage.Completeness, partition, completeness, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<List<T>> RowsAsync<T>(TableClient table, string partition, CancellationToken cancellationToken)
        where T : class, ITableEntity, new()
    {
        var rows = new List<T>();
        try
        {
            await foreach (var row in table.QueryAsync<T>(IntakeStorage.Filter($"PartitionKey eq {partition}"), cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                rows.Add(row);
            }
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            // No rollup has run yet: the table does not exist, and the period is empty.
            return [];
        }

        return rows;
    }

    // Replaces the rows of one partition with a new set exactly: the new rows are upserted first (so readers never
    // find the partition empty), then every other row of the partition is deleted, in transactions of at most 100 rows.
    private static async Task ReplaceAsync<T>(TableClient table, string partition, IReadOnlyCollection<T> rows, CancellationToken cancellationToken)
        where T : class, ITableEntity
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Any(r => r.PartitionKey != partition))
        {
            throw new ArgumentException($"Every row must be in partition '{partition}'.", nameof(rows));
        }

        foreach (var chunk in rows.Chunk(MaxBatch))
        {
            await table.SubmitTransactionAsync(chunk.Select(e => new TableTransactionAction(TableTransactionActionType.UpsertReplace, e)), cancellationToken).ConfigureAwait(false);
        }

        var keep = rows.Select(r => r.RowKey).ToHashSet(StringComparer.Ordinal);
        var stale = new List<TableEntity>();
        await foreach (var row in table.QueryAsync<TableEntity>(IntakeStorage.Filter($"PartitionKey eq {partition}"), select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (!keep.Contains(row.RowKey))
            {
                stale.Add(row);
            }
        }

        foreach (var chunk in stale.Chunk(MaxBatch))
        {
            await table.SubmitTransactionAsync(chunk.Select(e => new TableTransactionAction(TableTransactionActionType.Delete, e, ETag.All)), cancellationToken).ConfigureAwait(false);
        }
    }
}
