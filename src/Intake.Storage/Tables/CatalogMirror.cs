using Azure;
using Azure.Data.Tables;
using Intake.Core.Catalog;
using Microsoft.Extensions.Logging;

namespace Intake.Storage.Tables;

/// <summary>
/// Owner of <c>IntakeOrgUnits</c> and <c>IntakeIndicators</c>: mirrors the catalog there so that BI tools and scripts
/// show 走访企业 and 峡窝镇 instead of codes. Once per process (a changed catalog is a new deployment or setting, so
/// a new process), rows that differ from the catalog are rewritten and rows it no longer has are deleted.
/// </summary>
public sealed class CatalogMirror(IntakeStorage storage, ReportCatalog catalog, ILogger<CatalogMirror> logger)
{
    private readonly Lock _gate = new();
    private Task? _writing;

    /// <summary>Writes the catalog's rows if this process has not yet done so (a failed attempt is tried again).</summary>
    public Task EnsureWrittenAsync(CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            if (_writing is null || _writing.IsFaulted || _writing.IsCanceled)
            {
                _writing = WriteAsync(CancellationToken.None);
            }

            return _writing.WaitAsync(cancellationToken);
        }
    }

    /// <summary>Rewrites the rows that differ from the catalog and deletes the others; returns how many rows changed.</summary>
    public async Task<int> WriteAsync(CancellationToken cancellationToken = default)
    {
        await storage.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var changed = await SyncAsync(storage.OrgUnits, catalog.OrgUnits.Select(OrgUnitEntity.From).ToList(), (a, b) => a.SameAs(b), cancellationToken).ConfigureAwait(false)
            + await SyncAsync(storage.Indicators, catalog.Indicators.Select(IndicatorEntity.From).ToList(), (a, b) => a.SameAs(b), cancellationToken).ConfigureAwait(false);
        if (changed > 0)
        {
            logger.LogInformation("Catalog name tables: {Changed} rows of {OrgUnits} org units and {Indicators} indicators rewritten or removed",
                changed, catalog.OrgUnits.Count, catalog.Indicators.Count);
        }

        return changed;
    }

    private static async Task<int> SyncAsync<T>(TableClient table, IReadOnlyList<T> wanted, Func<T, T, bool> same, CancellationToken cancellationToken)
        where T : class, ITableEntity, new()
    {
        var stored = new Dictionary<string, T>(StringComparer.Ordinal);
        var filter = IntakeStorage.Filter($"PartitionKey eq {OrgUnitEntity.CatalogPartition}");
        await foreach (var row in table.QueryAsync<T>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            stored[row.RowKey] = row;
        }

        var actions = wanted
            .Where(w => !stored.TryGetValue(w.RowKey, out var row) || !same(w, row))
            .Select(w => new TableTransactionAction(TableTransactionActionType.UpsertReplace, w))
            .Concat(stored.Values
                .Where(row => wanted.All(w => w.RowKey != row.RowKey))
                .Select(row => new TableTransactionAction(TableTransactionActionType.Delete, row, ETag.All)))
            .ToList();
        foreach (var chunk in actions.Chunk(100))
        {
            await table.SubmitTransactionAsync(chunk, cancellationToken).ConfigureAwait(false);
        }

        return actions.Count;
    }
}
