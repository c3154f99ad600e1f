using System.Diagnostics;
using Azure.Data.Tables;
using Intake.Bench.Parse;
using Intake.Core.Metadata;
using Intake.Core.Reports;
using Intake.Storage;
using Intake.Storage.Ingestion;
using Intake.Storage.Tables;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.Bench.Store;

/// <summary>
/// Storing a report's facts through <c>intake ingest</c> beside a bare batch upsert of the very same entities
/// (100 per transaction, partitions written in parallel) into a table of their own, on one storage account.
/// </summary>
public sealed class StoreComparison(string connectionString, BenchFiles files)
{
    private const string BareTable = "BenchBareFacts";

    public async Task<StoreMeasurement> MeasureAsync(int rows, CancellationToken cancellationToken = default)
    {
        var file = files.Tidy(rows);
        var clock = Stopwatch.StartNew();
        var parsed = ParseBenchmarks.Parse(file);
        var parse = clock.Elapsed;
        var entities = parsed.Facts.Select(f => FactEntity.From(f, "bench", "bench", f.Period.Code)).ToList();

        var table = new TableServiceClient(connectionString).GetTableClient(BareTable);
        await table.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
        clock.Restart();
        var batches = entities.GroupBy(e => e.PartitionKey).SelectMany(p => p.Chunk(100)).ToList();
        await Parallel.ForEachAsync(batches, new ParallelOptions { MaxDegreeOfParallelism = FactStore.ParallelPartitions, CancellationToken = cancellationToken }, async (batch, ct) =>
            await table.SubmitTransactionAsync(batch.Select(e => new TableTransactionAction(TableTransactionActionType.UpsertReplace, e)), ct).ConfigureAwait(false)).ConfigureAwait(false);
        var bare = clock.Elapsed;

        await using var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection([new(StorageNames.ConnectionSetting, connectionString)]).Build())
            .AddLogging()
            .AddIntake()
            .BuildServiceProvider();
        var storage = services.GetRequiredService<IntakeStorage>();
        await storage.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var blob = storage.Container(StorageNames.InboxContainer).GetBlobClient($"bench/{rows}/{Path.GetFileName(file)}");
        // Each size is a report of its own (its own form): a first version, as the bare upsert is a first write.
        await blob.UploadAsync(file, new Azure.Storage.Blobs.Models.BlobUploadOptions { Metadata = new UploadMetadata(Form: $"bench-{rows}").ToBlobMetadata() }, cancellationToken).ConfigureAwait(false);
        clock.Restart();
        var outcome = await services.GetRequiredService<IngestReportHandler>().HandleAsync(blob, cancellationToken).ConfigureAwait(false);
        var ingest = clock.Elapsed;
        if (outcome is null || outcome.FactCount != parsed.Facts.Count)
        {
            throw new InvalidOperationException($"The ingest of {file} stored {outcome?.FactCount ?? 0} of {parsed.Facts.Count} facts ({outcome?.Status}).");
        }

        return new StoreMeasurement(rows, entities.Count, bare, ingest, parse);
    }
}
