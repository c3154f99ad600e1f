using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Intake.Bench.Parse;
using Intake.Bench.Reporting;
using Intake.Bench.Rollup;
using Intake.Bench.Store;
using Intake.Local.Azurite;
using Microsoft.Extensions.Logging;

namespace Intake.Bench;

/// <summary>
/// One run of <c>intake bench</c>: generates the workbooks, measures each cost beside its baseline in the same
/// run, and writes the table and the plot. Parse times come from BenchmarkDotNet (in process, monitoring
/// strategy); peaks from a probe process per case; storage against an Azurite it starts, the weekly rollup against one of its own that finds rows by key.
/// </summary>
public sealed class BenchRunner(BenchOptions options, Func<string, string, ProcessStartInfo> probe, Microsoft.Extensions.Logging.ILogger logger)
{
    /// <summary>Azurite's heap for the rollup case: it holds every seeded row, about 4 KB each, in memory.</summary>
    public const int RollupAzuriteHeapMegabytes = 12_288;

    public async Task<BenchResults> RunAsync(CancellationToken cancellationToken = default)
    {
        var output = Path.GetFullPath(options.Output);
        var files = new BenchFiles(Path.Combine(output, "files"));
        var workbooks = options.ParseRows.Select(r => r.ToString(CultureInfo.InvariantCulture)).Prepend("wide").ToList();
        foreach (var workbook in workbooks)
        {
            files.For(workbook);
        }

        ParseBenchmarks.Folder = Path.Combine(output, "files");
        ParseBenchmarks.Workbooks = workbooks;
        var summary = BenchmarkRunner.Run<ParseBenchmarks>(Config(output));
        var parse = new List<ParseMeasurement>();
        foreach (var workbook in workbooks)
        {
            var file = files.For(workbook);
            parse.Add(new ParseMeasurement(
                workbook,
                workbook == "wide" ? 0 : int.Parse(workbook, CultureInfo.InvariantCulture),
                Mean(summary, workbook, nameof(ParseBenchmarks.BareLoop)),
                Mean(summary, workbook, nameof(ParseBenchmarks.IntakeParse)),
                await PeakMemory.MeasureAsync(probe, "bare", file, cancellationToken).ConfigureAwait(false),
                await PeakMemory.MeasureAsync(probe, "parse", file, cancellationToken).ConfigureAwait(false),
                Allocated(summary, workbook, nameof(ParseBenchmarks.IntakeParse))));
            logger.LogInformation("Parsed {Workbook}: {Ratio:0.00}× the bare loop", workbook, parse[^1].Ratio);
        }

        var store = new List<StoreMeasurement>();
        var rollup = new List<RollupMeasurement>();
        await using (var azurite = await AzuriteServer.StartAsync(new AzuriteOptions { UseFreePorts = true }, logger, cancellationToken).ConfigureAwait(false))
        {
            var comparison = new StoreComparison(azurite.ConnectionString, files);
            foreach (var rows in options.StoreRows)
            {
                store.Add(await comparison.MeasureAsync(rows, cancellationToken).ConfigureAwait(false));
                logger.LogInformation("Stored {Rows} rows: ingest writes {Ratio:0.00}× the bare upsert", rows, store[^1].Ratio);
            }
        }

        if (options.RollupFacts > 0)
        {
            // An Azurite of its own that finds a row by its key, as Azure does: as published, it scans the row's
            // partition, and seeding a week's partition would take time growing with the square of the facts. Its
            // queries, which both sides of the comparison send, are Azurite's own.
            await using var azurite = await AzuriteServer.StartAsync(new AzuriteOptions { UseFreePorts = true, PointLookups = true, HeapLimitMegabytes = RollupAzuriteHeapMegabytes }, logger, cancellationToken).ConfigureAwait(false);
            logger.LogInformation("Seeding {Facts} current facts into {Week}, then rolling it up beside a bare read", options.RollupFacts, RollupComparison.DefaultWeek.Code);
            var measured = await new RollupComparison(azurite.ConnectionString).MeasureAsync(options.RollupFacts, cancellationToken: cancellationToken).ConfigureAwait(false);
            rollup.Add(measured);
            logger.LogInformation("Rolled up {Week} holding {Facts} facts (seeded in {Seed}): {Ratio:0.00}× the bare read of its {Partitions} partitions",
                measured.Week, measured.Facts, measured.Seed, measured.Ratio, measured.Partitions);
        }

        var results = new BenchResults(MachineDescription.Current(), parse, store, rollup);
        BenchReport.Write(output, results);
        return results;
    }

    private IConfig Config(string output) => ManualConfig.CreateEmpty()
        .AddJob(Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithStrategy(RunStrategy.Monitoring)
            .WithLaunchCount(1)
            .WithWarmupCount(1)
            .WithIterationCount(options.Iterations))
        .AddColumnProvider(DefaultColumnProviders.Instance)
        .AddDiagnoser(MemoryDiagnoser.Default)
        .AddLogger(ConsoleLogger.Default)
        .AddExporter(MarkdownExporter.GitHub)
        .WithArtifactsPath(Path.Combine(output, "BenchmarkDotNet"));

    private static TimeSpan Mean(Summary summary, string workbook, string method) =>
        TimeSpan.FromMilliseconds((Report(summary, workbook, method).ResultStatistics?.Mean
            ?? throw new InvalidOperationException($"{method} on {workbook} has no result.")) / 1e6);

    private static long Allocated(Summary summary, string workbook, string method)
    {
        var report = Report(summary, workbook, method);
        return report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase) ?? 0;
    }

    private static BenchmarkReport Report(Summary summary, string workbook, string method) =>
        summary.Reports.Single(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name == method
            && (string)r.BenchmarkCase.Parameters[nameof(ParseBenchmarks.Workbook)] == workbook);
}
