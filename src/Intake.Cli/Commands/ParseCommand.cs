using System.CommandLine;
using Intake.Core.Catalog;
using Intake.Core.Feedback;
using Intake.Core.Messages;
using Intake.Core.Metadata;
using Intake.Core.Reports;
using Intake.Core.Submissions;
using Intake.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.Cli.Commands;

/// <summary><c>intake parse FILE</c>: reads and validates one file without touching storage.</summary>
internal static class ParseCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = MessageCatalog.Bilingual(MessageCatalog.ReportFileHelp) };
        var reporter = CommonOptions.Reporter();
        var period = CommonOptions.Period();
        var catalog = CommonOptions.Catalog();
        var lang = CommonOptions.Language();
        var json = new Option<bool>("--json") { Description = MessageCatalog.Bilingual(MessageCatalog.JsonHelp) };
        var command = new Command("parse", MessageCatalog.Bilingual(MessageCatalog.ParseHelp))
        {
            file, reporter, period, catalog, lang, json,
        };
        command.SetAction(result => RunAsync(
            result.GetRequiredValue(file),
            new ReportHints(result.GetRequiredValue(file).Name, result.GetValue(reporter), result.GetValue(period)),
            result.GetValue(catalog),
            CommonOptions.LanguageValue(result, lang),
            result.GetValue(json)));
        return command;
    }

    private static async Task<int> RunAsync(FileInfo file, ReportHints hints, string? catalogPath, ReportLanguage language, bool json)
    {
        if (!file.Exists)
        {
            await Console.Error.WriteLineAsync(MessageCatalog.FileNotFound(file.FullName).In(language));
            return ExitCodes.Usage;
        }

        ReportCatalog catalog;
        ReportParser parser;
        try
        {
            using var services = CliServices.Build(catalog: catalogPath);
            catalog = services.GetRequiredService<ReportCatalog>();
            parser = services.GetRequiredService<ReportParser>();
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException or System.Text.Json.JsonException)
        {
            await Console.Error.WriteLineAsync(MessageCatalog.Bilingual(MessageCatalog.CatalogNotLoaded(ex.Message)));
            return ExitCodes.Usage;
        }

        if (hints.Reporter is { } reporter && (catalog.OrgUnitByCode(reporter) ?? catalog.FindOrgUnit(reporter)) is null)
        {
            await Console.Error.WriteLineAsync(MessageCatalog.Bilingual(MessageCatalog.ReporterOptionUnknown(reporter)));
            return ExitCodes.Usage;
        }

        var result = await parser.ParseAsync(file.OpenRead, hints);

        if (json)
        {
            using var stdout = Console.OpenStandardOutput();
            ParseResultJson.Write(stdout, result, language);
            stdout.Write("\n"u8);
        }
        else
        {
            Console.Out.Write(FeedbackText.Render(result, SubmissionStatuses.Of(result.Status), catalog, language));
        }

        return result.Status == ReportStatus.Rejected ? ExitCodes.Rejected : ExitCodes.Accepted;
    }
}
