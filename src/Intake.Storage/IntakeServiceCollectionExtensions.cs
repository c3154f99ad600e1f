using Intake.Core.Catalog;
using Intake.Storage.Ingestion;
using Intake.Storage.Rollups;
using Intake.Storage.Tables;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Intake.Storage;

/// <summary>Registers the pipeline: the same services for the function app, the CLI and the tests.</summary>
public static class IntakeServiceCollectionExtensions
{
    public static IServiceCollection AddIntake(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<IntakeOptions>()
            .BindConfiguration(IntakeOptions.SectionName)
            .PostConfigure<IConfiguration>((options, configuration) =>
            {
                // The function app's trigger connection setting names the same account.
                if (configuration[StorageNames.ConnectionSetting] is { Length: > 0 } connection)
                {
                    options.StorageConnection = connection;
                }
            });
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => sp.GetRequiredService<IOptions<IntakeOptions>>().Value);
        services.TryAddSingleton(sp => sp.GetRequiredService<IntakeOptions>().CatalogPath is { Length: > 0 } path
            ? CatalogLoader.Load(path)
            : CatalogLoader.Default);
        services.TryAddSingleton(sp => new IntakeStorage(sp.GetRequiredService<IntakeOptions>().StorageConnection));
        services.TryAddSingleton<CurrentFactReader>();
        services.TryAddSingleton<IngestReportHandler>();
        services.TryAddSingleton<PoisonBlobHandler>();
        services.TryAddSingleton<BuildWeeklyRollupsHandler>();
        services.TryAddSingleton<WeeklyReportReader>();
        return services;
    }
}
