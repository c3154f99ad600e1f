using System.Diagnostics;
using Azure.Core;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Intake.Core.Catalog;
using Intake.Core.Periods;
using Intake.Core.Rollups;
using Intake.Storage;
using Intake.Storage.Rollups;
using Intake.Storage.Tables;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.Bench.Rollup;

/// <summary>
/// Rolling up one week beside a bare read of what it reads. The week is seeded first with current facts
/// (<see cref="RollupWeekSeeder"/>, setup, not measured). Then the rollup runs as <c>intake rollup --week W</c>
/// runs it (<see cref="BuildWeeklyRollupsHandler.RunAsync"/> from the pipeline's services: read, build, write the
/// week's rows) once untimed, while a policy on the storage client records the queries it sends to IntakeFacts;
/// then the bare read, timed, then the rollup again, timed. The bare read sends those very queries with <see cref="TableClient.QueryAsync{T}(string, int?, IEnumerable{string}, CancellationToken)"/>
/// of <see cref="TableEntity"/>, <see cref="BuildWeeklyRollupsHandler.ParallelReads"/> at a time as the rollup reads
/// its periods, and only counts the rows: the partitions follow the rollup's key layout whatever it becomes. What the
/// rollup does beyond it — the submission lookups that keep only current facts, typed rows, the build, the writes —
/// is what the ratio shows.
/// </summary>
public sealed class RollupComparison(string connectionString)
{
    /// <summary>The week a bench run seeds and rolls up: far from the store case's dates (2000 on) and from today.</summary>
    public static readonly Period DefaultWeek = Period.Week(2024, 20);

    public async Task<RollupMeasurement> MeasureAsync(int facts, Period? week = null, CancellationToken cancellationToken = default)
    {
        week ??= DefaultWeek;
        var recorder = new FactQueryRecorder(StorageNames.FactsTable);
        var tableOptions = new TableClientOptions();
        tableOptions.AddPolicy(recorder, HttpPipelinePosition.PerCall);
        await using var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection([new(StorageNames.ConnectionSetting, connectionString)]).Build())
            .AddSingleton(new IntakeStorage(connectionString, tableOptions, new BlobClientOptions()))
            .AddLogging()
            .AddIntake()
            .BuildServiceProvider();
        var storage = services.GetRequiredService<IntakeStorage>();
        await storage.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);

        var clock = Stopwatch.StartNew();
        var seeder = new RollupWeekSeeder(services.GetRequiredService<ReportCatalog>(), storage);
        var submissions = await seeder.SeedAsync(week, facts, cancellationToken).ConfigureAwait(false);
        var seed = clock.Elapsed;

        // One untimed rollup of the week first: it records the queries, and leaves neither timed run to pay for the
        // JIT or for being first after the seeding (timed first, the rollup came out at 2× the bare read; after a
        // warm-up of the same code on the same data, at 1.3–1.7×).
        var handler = services.GetRequiredService<BuildWeeklyRollupsHandler>();
        await handler.RunAsync(week, cancellationToken).ConfigureAwait(false);
        var filters = recorder.Filters;
        // The baseline is the SDK alone: its own client of IntakeFacts, with the same options, outside the table's owner.
        var bareFacts = new TableServiceClient(connectionString, tableOptions).GetTableClient(StorageNames.FactsTable);
        long entities;
        TimeSpan bare;
        var bareMemory = HeapPeak.Start();
        await using (bareMemory.ConfigureAwait(false))
        {
            clock.Restart();
            entities = await BareReadAsync(bareFacts, filters, cancellationToken).ConfigureAwait(false);
            bare = clock.Elapsed;
        }

        WeeklyReport built;
        TimeSpan rollup;
        var rollupMemory = HeapPeak.Start();
        await using (rollupMemory.ConfigureAwait(false))
        {
            clock.Restart();
            built = await handler.RunAsync(week, cancellationToken).ConfigureAwait(false);
            rollup = clock.Elapsed;
        }

        if (built.Rollups.Count == 0 || entities < facts)
        {
            throw new InvalidOperationException($"The rollup of {week.Code} built {built.Rollups.Count} rows and the bare read found {entities} of the {facts} facts seeded.");
        }

        return new RollupMeasurement(week.Code, facts, submissions, filters.Count, seed, bare, entities, rollup, built.Rollups.Count, built.Reconciliations.Count,
            bareMemory.PeakBytes, rollupMemory.PeakBytes, rollupMemory.AllocatedBytes);
    }

    /// <summary>Every row the queries match, the queries <see cref="BuildWeeklyRollupsHandler.ParallelReads"/> at a time.</summary>
    public static async Task<long> BareReadAsync(TableClient table, IReadOnlyList<string> filters, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(table);
        long count = 0;
        await Parallel.ForEachAsync(filters, new ParallelOptions { MaxDegreeOfParallelism = BuildWeeklyRollupsHandler.ParallelReads, CancellationToken = cancellationToken }, async (filter, ct) =>
        {
            long rows = 0;
            await foreach (var _ in table.QueryAsync<TableEntity>(filter, cancellationToken: ct).ConfigureAwait(false))
            {
                rows++;
            }

            Interlocked.Add(ref count, rows);
        }).ConfigureAwait(false);
        return count;
    }
}
