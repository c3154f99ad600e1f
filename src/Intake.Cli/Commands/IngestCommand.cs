using System.CommandLine;
using Intake.Core.Catalog;
using Intake.Core.Messages;
using Intake.Core.Metadata;
using Intake.Core.Reports;
using Intake.Core.Submissions;
using Intake.Storage;
using Intake.Storage.Ingestion;
using Intake.Storage.Tables;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.Cli.Commands;

/// <summary>
/// <c>intake ingest FILE...</c>: uploads each file to reports-inbox and runs the very handler the
/// blob-triggered function runs.
/// </summary>
internal static class IngestCommand
{
    public static Command Create()
    {
        var files = new Argument<FileInfo[]>("files") { Description = MessageCatalog.Bilingual(MessageCatalog.ReportFilesHelp), Arity = ArgumentArity.OneOrMore };
        var storage = CommonOptions.Storage();
        var reporter = CommonOptions.Reporter();
        var period = CommonOptions.Period();
        var catalog = CommonOptions.Catalog();
        var lang = CommonOptions.Language();
        var command = new Command("ingest", MessageCatalog.Bilingual(MessageCatalog.IngestHelp))
        {
            files, storage, reporter, period, catalog, lang,
        };
        command.SetAction((result, cancellationToken) => RunAsync(
            result.GetRequiredValue(files), result.GetRequiredValue(storage), result.GetValue(reporter), result.GetValue(period), result.GetValue(catalog),
            CommonOptions.LanguageValue(result, lang), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(
        FileInfo[] files, string storage, string? reporter, string? period, string? catalogPath, ReportLanguage language, CancellationToken cancellationToken)
    {
        var missing = files.FirstOrDefault(f => !f.Exists);
        if (missing is not null)
        {
            await Console.Error.WriteLineAsync(MessageCatalog.Bilingual(MessageCatalog.OneFileNotFound(missing.FullName)));
            return ExitCodes.Usage;
        }

        await using var services = CliServices.Build(storage, catalogPath);
        var catalog = services.GetRequiredService<ReportCatalog>();
        if (reporter is not null && (catalog.OrgUnitByCode(reporter) ?? catalog.FindOrgUnit(reporter)) is null)
        {
            await Console.Error.WriteLineAsync(MessageCatalog.Bilingual(MessageCatalog.ReporterOptionUnknown(reporter)));
            return ExitCodes.Usage;
        }

        var outcomes = await IngestAsync(services, files, reporter, period, cancellationToken);
        foreach (var outcome in outcomes)
        {
            Console.WriteLine(OutcomeLine(catalog, outcome, language));
        }

        return outcomes.Any(o => o.Status == SubmissionStatus.Rejected) ? ExitCodes.Rejected : ExitCodes.Accepted;
    }

    /// <summary>One upload's outcome as a clerk reads it: the reporter by its name, in the chosen language; shared with <c>demo</c>.</summary>
    public static string OutcomeLine(ReportCatalog catalog, IngestOutcome outcome, ReportLanguage language) =>
        MessageCatalog.OutcomeLine(outcome.Status, outcome.Reporter is null ? null : catalog.OrgUnitByCode(outcome.Reporter),
            outcome.Reporter, outcome.Period, outcome.FactCount, outcome.BlobName).In(language);

    /// <summary>Uploads and processes each file; shared with <c>demo</c>.</summary>
    public static async Task<List<IngestOutcome>> IngestAsync(IServiceProvider services, IEnumerable<FileInfo> files, string? reporter, string? period, CancellationToken cancellationToken)
    {
        var storage = services.GetRequiredService<IntakeStorage>();
        var handler = services.GetRequiredService<IngestReportHandler>();
        var catalog = services.GetRequiredService<ReportCatalog>();
        await storage.EnsureCreatedAsync(cancellationToken);
        var inbox = storage.Container(StorageNames.InboxContainer);
        var outcomes = new List<IngestOutcome>();
        foreach (var file in files)
        {
            var blob = inbox.GetBlobClient(file.Name);
            await using (var content = file.OpenRead())
            {
                await blob.UploadAsync(content, new Azure.Storage.Blobs.Models.BlobUploadOptions { Metadata = Metadata(catalog, reporter, period) }, cancellationToken);
            }

            outcomes.Add(await handler.HandleAsync(blob, cancellationToken)
                ?? throw new InvalidOperationException($"The upload {file.Name} vanished from the inbox before it was processed."));
        }

        return outcomes;
    }

    // Blob metadata is ASCII only, so a reporter given by its Chinese name travels as its code.
    private static IDictionary<string, string> Metadata(ReportCatalog catalog, string? reporter, string? period) =>
        new UploadMetadata(reporter is null ? null : (catalog.OrgUnitByCode(reporter) ?? catalog.FindOrgUnit(reporter))!.Code, period).ToBlobMetadata();
}
