using System.CommandLine;
using Intake.Core.Catalog;
using Intake.Core.Periods;
using Intake.Core.Submissions;
using Intake.Local.Azurite;
using Intake.Storage;
using Intake.Storage.Rollups;
using Intake.Storage.Tables;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Intake.Cli.Commands;

/// <summary>
/// <c>intake demo</c>: starts Azurite unless one is listening, ingests <c>samples/</c>, prints what was stored
/// per reporter, read back from IntakeFacts, and ends with the samples' week rolled up: the district rollup,
/// who reported and what disagrees.
/// </summary>
internal static class DemoCommand
{
    private static readonly string[] ReportExtensions = [".xlsx", ".xls", ".csv", ".txt"];

    public static Command Create()
    {
        var samples = new Option<DirectoryInfo?>("--samples") { Description = "样例文件夹，默认为仓库的 samples/ / sample folder (default: the repository's samples/)" };
        var freePorts = new Option<bool>("--free-ports") { Description = "在空闲端口上启动自己的 Azurite（默认使用 10000–10002）/ start a private Azurite on free ports" };
        var lang = CommonOptions.Language();
        var command = new Command("demo", "启动 Azurite，导入样例报表并显示入库数据 / run the pipeline on the samples against Azurite") { samples, freePorts, lang };
        command.SetAction((result, cancellationToken) => RunAsync(result.GetValue(samples), result.GetValue(freePorts), CommonOptions.LanguageValue(result, lang), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(DirectoryInfo? samples, bool freePorts, Intake.Core.Reports.ReportLanguage language, CancellationToken cancellationToken)
    {
        samples ??= FindSamples();
        if (samples is null || !samples.Exists)
        {
            await Console.Error.WriteLineAsync("找不到 samples/ 文件夹，请在仓库根目录运行或用 --samples 指定 / samples/ not found: run from the repository or pass --samples");
            return ExitCodes.Usage;
        }

        using var loggers = LoggerFactory.Create(l => l.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Information));
        AzuriteServer azurite;
        try
        {
            azurite = freePorts
                ? await AzuriteServer.StartAsync(new AzuriteOptions { UseFreePorts = true }, loggers.CreateLogger("Azurite"), cancellationToken)
                : await AzuriteServer.EnsureRunningAsync(new AzuriteOptions(), loggers.CreateLogger("Azurite"), cancellationToken);
        }
        catch (AzuriteUnavailableException ex)
        {
            await Console.Error.WriteLineAsync(ex.Message);
            return ExitCodes.Usage;
        }

        await using (azurite)
        {
            await using var services = CliServices.Build(azurite.ConnectionString);
            var files = samples.EnumerateFiles()
                .Where(f => ReportExtensions.Contains(f.Extension, StringComparer.OrdinalIgnoreCase))
                .OrderBy(f => f.Name, StringComparer.Ordinal)
                .ToList();
            Console.WriteLine($"导入 {files.Count} 个样例报表 / ingesting {files.Count} sample reports from {samples.FullName}");
            var outcomes = await IngestCommand.IngestAsync(services, files, null, null, cancellationToken);
            foreach (var outcome in outcomes)
            {
                Console.WriteLine("  " + IngestCommand.OutcomeLine(services.GetRequiredService<ReportCatalog>(), outcome, language));
            }

            var periods = outcomes.Where(o => o.Status.IsCurrent()).SelectMany(o => o.FactPeriods).Distinct().Order(StringComparer.Ordinal).ToList();
            await FactTablePrinter.PrintAsync(services.GetRequiredService<CurrentFactReader>(), services.GetRequiredService<ReportCatalog>(), periods, cancellationToken);

            // The week most of the samples report on is the one the district office would ask about.
            var week = outcomes.Select(o => Period.TryParse(o.Period, out var p) && p.Kind == PeriodKind.Week ? p : null)
                .OfType<Period>()
                .GroupBy(p => p)
                .OrderByDescending(g => g.Count())
                .Select(g => g.Key)
                .FirstOrDefault();
            if (week is not null)
            {
                var report = await services.GetRequiredService<BuildWeeklyRollupsHandler>().RunAsync(week, cancellationToken);
                WeeklyReportPrinter.Print(Console.Out, services.GetRequiredService<ReportCatalog>(), report);
            }
        }

        return ExitCodes.Accepted;
    }

    private static DirectoryInfo? FindSamples()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = new DirectoryInfo(Path.Combine(dir.FullName, "samples"));
                if (candidate.Exists && File.Exists(Path.Combine(dir.FullName, "Intake.sln")))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
