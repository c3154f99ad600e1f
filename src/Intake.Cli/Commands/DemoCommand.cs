using System.CommandLine;
using Intake.Core.Catalog;
using Intake.Core.Messages;
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
        var samples = new Option<DirectoryInfo?>("--samples") { Description = MessageCatalog.Bilingual(MessageCatalog.SamplesHelp) };
        var freePorts = new Option<bool>("--free-ports") { Description = MessageCatalog.Bilingual(MessageCatalog.FreePortsHelp) };
        var lang = CommonOptions.Language();
        var command = new Command("demo", MessageCatalog.Bilingual(MessageCatalog.DemoHelp)) { samples, freePorts, lang };
        command.SetAction((result, cancellationToken) => RunAsync(result.GetValue(samples), result.GetValue(freePorts), CommonOptions.LanguageValue(result, lang), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(DirectoryInfo? samples, bool freePorts, Intake.Core.Reports.ReportLanguage language, CancellationToken cancellationToken)
    {
        samples ??= FindSamples();
        if (samples is null || !samples.Exists)
        {
            await Console.Error.WriteLineAsync(MessageCatalog.Bilingual(MessageCatalog.SamplesNotFound));
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
            Console.WriteLine(MessageCatalog.Bilingual(MessageCatalog.IngestingSamples(files.Count, samples.FullName)));
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
                WeeklyReportPrinter.Print(Console.Out, services.GetRequiredService<ReportCatalog>(), report, language);
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
