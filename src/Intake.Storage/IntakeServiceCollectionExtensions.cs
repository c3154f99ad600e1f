using Intake.Core.Catalog;
using Intake.Core.Layout;
using Intake.Core.Reports;
using Intake.Core.Validation;
using Intake.Storage.Blobs;
using Intake.Storage.Connections;
using Intake.Storage.Ingestion;
using Intake.Storage.Publishing;
using Intake.Storage.Rollups;
using Intake.Storage.Tables;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Intake.Storage;

/// <summary>Registers the pipeline: the same services for the function app, <c>intake serve</c>, the CLI and the tests.</summary>
public static class IntakeServiceCollectionExtensions
{
    public static IServiceCollection AddIntake(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<IntakeOptions>().BindConfiguration(IntakeOptions.SectionName);

        // IntakeStorage is a connection string, or a section of service URIs beside it (IntakeStorage__blobServiceUri),
        // as the Functions host reads a trigger's connection; checked when the host starts.
        services.AddOptions<StorageConnectionOptions>()
            .Configure<IConfiguration>((options, configuration) =>
            {
                var section = configuration.GetSection(StorageNames.ConnectionSetting);
                section.Bind(options);
                options.ConnectionString = section.Value;
            })
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<StorageConnectionOptions>, StorageConnectionValidator>());

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => sp.GetRequiredService<IOptions<IntakeOptions>>().Value);
        services.TryAddSingleton(sp => sp.GetRequiredService<IntakeOptions>().CatalogPath is { Length: > 0 } path
            ? CatalogLoader.Load(path)
            : CatalogLoader.Default);
        services.TryAddSingleton<ISheetTableReader>(sp => new SheetTableReader(sp.GetRequiredService<ReportCatalog>()));
        services.TryAddSingleton(sp => new PeriodRange(sp.GetRequiredService<IntakeOptions>().CatalogFirstYear, sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(sp => new ReportParser(
            sp.GetRequiredService<ReportCatalog>(), sp.GetRequiredService<IntakeOptions>().Limits, sp.GetRequiredService<ISheetTableReader>(),
            sp.GetRequiredService<PeriodRange>()));
        services.TryAddSingleton(sp => IntakeStorageFactory.Create(sp.GetRequiredService<IOptions<StorageConnectionOptions>>().Value));
        services.TryAddSingleton<FactStore>();
        services.TryAddSingleton<SubmissionLedger>();
        services.TryAddSingleton<ReportArchive>();
        services.TryAddSingleton<RollupState>();
        services.TryAddSingleton<CurrentFactReader>();
        services.TryAddSingleton<IngestReportHandler>();
        services.TryAddSingleton<PoisonBlobHandler>();
        services.TryAddSingleton<AbandonedAttemptSweeper>();
        services.TryAddSingleton<CatalogMirror>();
        services.TryAddSingleton<BuildPeriodRollupsHandler>();
        services.TryAddSingleton<BuildWeeklyRollupsHandler>();
        services.TryAddSingleton<PeriodReportReader>();
        services.TryAddSingleton<WeeklyReportReader>();
        services.TryAddSingleton<WeekDocuments>();
        services.TryAddSingleton<PeriodDocuments>();
        return services;
    }
}
