using System.CommandLine;
using System.Diagnostics;
using System.Reflection;
using Intake.Bench;
using Intake.Bench.Parse;
using Intake.Bench.Reporting;
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
        var rows = new Option<int[]>("--rows") { Description = "解析的整理表行数 / tidy workbook sizes parsed", AllowMultipleArgumentsPerToken = true, DefaultValueFactory = _ => [.. defaults.ParseRows] };
        var storeRows = new Option<int[]>("--store-rows") { Description = "入库的整理表行数 / tidy workbook sizes stored", AllowMultipleArgumentsPerToken = true, DefaultValueFactory = _ => [.. defaults.StoreRows] };
        var rollupFacts = new Option<int>("--rollup-facts") { Description = "汇总基准一周内的事实数，0 为跳过 / current facts seeded into the rolled-up week, 0 skips it", DefaultValueFactory = _ => defaults.RollupFacts };
        var iterations = new Option<int>("--iterations") { Description = "每项测量次数 / measured iterations per parse case", DefaultValueFactory = _ => defaults.Iterations };
        var output = new Option<string>("--out") { Description = "结果目录 / results folder", DefaultValueFactory = _ => defaults.Output };
        var probe = new Option<string?>("--probe") { Hidden = true };
        var file = new Option<string?>("--file") { Hidden = true };
        var command = new Command("bench", "性能基准：解析、入库、周汇总与各自的基线对比 / benchmarks: parse, store and rollup beside their baselines")
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
            await Console.Error.WriteLineAsync("基准须在 Release 构建下运行 / benchmarks need a Release build: dotnet run -c Release --project src/Intake.Cli -- bench");
            return ExitCodes.Usage;
        }

        using var loggers = LoggerFactory.Create(l => l.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Information));
        var results = await new BenchRunner(options, ProbeProcess, loggers.CreateLogger("Bench")).RunAsync(cancellationToken);
        Console.Out.Write(BenchReport.Table(results));
        await Console.Out.WriteLineAsync($"Written: {Path.Combine(Path.GetFullPath(options.Output), BenchReport.TableFile)}, {Path.Combine(Path.GetFullPath(options.Output), BenchReport.PlotFile)}");
        return ExitCodes.Accepted;
    }

    private static Task<int> Probe(string operation, string? file)
    {
        if (file is null || !PeakMemory.Operations.Contains(operation))
        {
            Console.Error.WriteLine("usage: intake bench --probe bare|parse --file FILE");
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
