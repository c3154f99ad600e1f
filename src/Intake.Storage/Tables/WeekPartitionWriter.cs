using Azure;
using Azure.Data.Tables;

namespace Intake.Storage.Tables;

/// <summary>
/// Replaces the rows of one partition with a new set exactly: the new rows are upserted first (so readers never
/// find the week empty), then every other row of the partition is deleted, in transactions of at most 100 rows.
/// </summary>
public static class WeekPartitionWriter
{
    private const int MaxBatch = 100;

    public static async Task ReplaceAsync<T>(TableClient table, string partition, IReadOnlyCollection<T> rows, CancellationToken cancellationToken = default)
        where T : class, ITableEntity
    {
        ArgumentNullException.ThrowIfNull(table);
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
        await foreach (var row in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {partition}"), select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken).ConfigureAwait(false))
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
