using Azure.Data.Tables;
using Azure.Storage.Blobs;

namespace Intake.Storage;

/// <summary>
/// The storage account Intake works in: its tables and containers, created on first use
/// (once per process: creating them on every upload would cost a round trip per table and container).
/// Its tables are reached only through their owners (CONTRIBUTING.md, "One owner per table"): the clients are internal,
/// and each owner takes the one table it reads and writes.
/// </summary>
public sealed class IntakeStorage
{
    private readonly Lock _gate = new();
    private Task? _creation;

    /// <param name="connectionString">The storage account's connection string.</param>
    /// <param name="tableOptions">Client options for tables (retries, transport, policies); default SDK options.</param>
    /// <param name="blobOptions">Client options for blobs; default SDK options.</param>
    public IntakeStorage(string connectionString, TableClientOptions? tableOptions = null, BlobClientOptions? blobOptions = null)
        : this(
            new TableServiceClient(connectionString ?? throw new ArgumentNullException(nameof(connectionString)), tableOptions ?? new TableClientOptions()),
            new BlobServiceClient(connectionString, blobOptions ?? new BlobClientOptions()))
    {
    }

    /// <param name="tables">The account's table service, however it authenticates.</param>
    /// <param name="blobs">The account's blob service.</param>
    public IntakeStorage(TableServiceClient tables, BlobServiceClient blobs)
    {
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(blobs);
        Tables = tables;
        Blobs = blobs;
    }

    internal TableServiceClient Tables { get; }

    public BlobServiceClient Blobs { get; }

    internal TableClient Submissions => Tables.GetTableClient(StorageNames.SubmissionsTable);

    internal TableClient Facts => Tables.GetTableClient(StorageNames.FactsTable);

    internal TableClient WeeklyRollups => Tables.GetTableClient(StorageNames.WeeklyRollupsTable);

    internal TableClient Completeness => Tables.GetTableClient(StorageNames.CompletenessTable);

    internal TableClient Reconciliation => Tables.GetTableClient(StorageNames.ReconciliationTable);

    internal TableClient RollupState => Tables.GetTableClient(StorageNames.RollupStateTable);

    internal TableClient PeriodRollups => Tables.GetTableClient(StorageNames.PeriodRollupsTable);

    internal TableClient OrgUnits => Tables.GetTableClient(StorageNames.OrgUnitsTable);

    internal TableClient Indicators => Tables.GetTableClient(StorageNames.IndicatorsTable);

    internal TableClient WebUsers => Tables.GetTableClient(StorageNames.WebUsersTable);

    /// <summary>An OData filter with its values escaped (the SDK's <see cref="TableClient.CreateQueryFilter(FormattableString)"/>), for the owners' queries.</summary>
    internal static string Filter(FormattableString filter) => TableClient.CreateQueryFilter(filter);

    public BlobContainerClient Container(string name) => Blobs.GetBlobContainerClient(name);

    /// <summary>Creates every table and container that does not exist yet.</summary>
    public Task EnsureCreatedAsync(CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            // A failed attempt is tried again on the next call rather than remembered.
            if (_creation is null || _creation.IsFaulted || _creation.IsCanceled)
            {
                _creation = CreateAllAsync();
            }

            return _creation.WaitAsync(cancellationToken);
        }
    }

    private async Task CreateAllAsync()
    {
        string[] tables =
        [
            StorageNames.SubmissionsTable, StorageNames.FactsTable, StorageNames.WeeklyRollupsTable, StorageNames.CompletenessTable,
            StorageNames.ReconciliationTable, StorageNames.RollupStateTable, StorageNames.PeriodRollupsTable, StorageNames.OrgUnitsTable,
            StorageNames.IndicatorsTable,
        ];
        string[] containers = [StorageNames.InboxContainer, StorageNames.ArchiveContainer, StorageNames.RejectedContainer, StorageNames.FeedbackContainer, StorageNames.LocksContainer];
        await Task.WhenAll(
            tables.Select(t => Tables.CreateTableIfNotExistsAsync(t))
                .Cast<Task>()
                .Concat(containers.Select(c => Blobs.GetBlobContainerClient(c).CreateIfNotExistsAsync()))).ConfigureAwait(false);
    }
}
