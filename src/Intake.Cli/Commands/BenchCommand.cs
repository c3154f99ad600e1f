using System.CommandLine;
using System.Diagnostics;
using System.Reflection;
using Intake.Bench;
using Intake.Bench.Parse;
using Intake.Bench.Reporting;
using Intake.Core.Messages;
using Intake.Core.Reports;
using Microsoft.Extensions.Logging;

namespace Intake.Cli.Commands;

/// <summary>
/// <c>intake bench</c>: measures parsing, storing and the weekly rollup beside their baselines in one run and writes the table and
/// the plot. Run from a Release build (<c>dotnet run -c Release --project src/Intake.Cli -- bench</c>).
/// </summary>
internal static class BenchCommand
{
    public static Command Create()
    {
        var defaults = new BenchOptions();
        var rows = new Option<int[]>("--rows") { Description = MessageCatalog.Bilingual(MessageCatalog.BenchRowsHelp), AllowMultipleArgumentsPerToken = true, DefaultValueFactory = _ => [.. defaults.ParseRows] };
        var storeRows = new Option<int[]>("--store-rows") { Description = MessageCatalog.Bilingual(MessageCatalog.BenchStoreRowsHelp), AllowMultipleArgumentsPerToken = true, DefaultValueFactory = _ => [.. defaults.StoreRows] };
        var rollupFacts = new Option<int>("--rollup-facts") { Description = MessageCatalog.Bilingual(MessageCatalog.BenchRollupFactsHelp), DefaultValueFactory = _ => defaults.RollupFacts };
        var iterations = new Option<int>("--iterations") { Description = MessageCatalog.Bilingual(MessageCatalog.BenchIterationsHelp), DefaultValueFactory = _ => defaults.Iterations };
        var output = new Option<string>("--out") { Description = MessageCatalog.Bilingual(MessageCatalog.BenchOutHelp), DefaultValueFactory = _ => defaults.Output };
        var probe = new Option<string?>("--probe") { Hidden = true };
        var file = new Option<string?>("--file") { Hidden = true };
        var command = new Command("bench", MessageCatalog.Bilingual(MessageCatalog.BenchHelp))
        {
            rows, storeRows, rollupFacts, iterations, output, probe, file,
        };
        command.SetAction((result, cancellationToken) => result.GetValue(probe) is { } operation
            ? Probe(operation, result.GetValue(file))
            : RunAsync(new BenchOptions
            {
                ParseRows = result.GetRequiredValue(rows),
                StoreRows = result.GetRequiredValue(storeRows),
                RollupFacts = result.GetValue(rollupFacts),
                Iterations = result.GetValue(iterations),
                Output = result.GetRequiredValue(output),
            }, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(BenchOptions options, CancellationToken cancellationToken)
    {
        if (typeof(ReportParser).Assembly.GetCustomAttribute<DebuggableAttribute>()?.IsJITOptimizerDisabled == true)
        {
            await Console.Error.WriteLineAsync(MessageCatalog.Bilingual(MessageCatalog.BenchNeedsRelease));
            return ExitCodes.Usage;
        }

        using var loggers = LoggerFactory.Create(l => l.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Information));
        var results = await new BenchRunner(options, ProbeProcess, loggers.CreateLogger("Bench")).RunAsync(cancellationToken);
        Console.Out.Write(BenchReport.Table(results));
        await Console.Out.WriteLineAsync(MessageCatalog.BenchWritten(Path.Combine(Path.GetFullPath(options.Output), BenchReport.TableFile), Path.Combine(Path.GetFullPath(options.Output), BenchReport.PlotFile)).En);
        return ExitCodes.Accepted;
    }

    private static Task<int> Probe(string operation, string? file)
    {
        if (file is null || !PeakMemory.Operations.Contains(operation))
        {
            Console.Error.WriteLine(MessageCatalog.BenchProbeUsage.En);
            return Task.FromResult(ExitCodes.Usage);
        }

        PeakMemory.Probe(operation, file, Console.Out);
        return Task.FromResult(ExitCodes.Accepted);
    }

    // This very program, started again: `dotnet intake.dll …` or the apphost `intake …`.
    private static ProcessStartInfo ProbeProcess(string operation, string file)
    {
        var host = Environment.ProcessPath ?? "dotnet";
        var start = new ProcessStartInfo(host);
        if (Path.GetFileNameWithoutExtension(host) == "dotnet")
        {
            start.ArgumentList.Add(typeof(BenchCommand).Assembly.Location);
        }

        foreach (var argument in new[] { "bench", "--probe", operation, "--file", file })
        {
            start.ArgumentList.Add(argument);
        }

        return start;
    }
}
