using Intake.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Intake.Cli;

/// <summary>Builds the pipeline's services for one CLI run, logging to stderr so that stdout stays machine-readable.</summary>
internal static class CliServices
{
    private static readonly AsyncLocal<Action<IServiceCollection>?> Customization = new();

    /// <summary>Changes to the services of every command run inside this flow (a host embedding the CLI, tests).</summary>
    public static Action<IServiceCollection>? Customize
    {
        get => Customization.Value;
        set => Customization.Value = value;
    }

    public static ServiceProvider Build(string? storage = null, string? catalog = null)
    {
        var settings = new Dictionary<string, string?>();
        if (storage is not null)
        {
            settings[StorageNames.ConnectionSetting] = storage;
        }

        if (catalog is not null)
        {
            settings[$"{IntakeOptions.SectionName}:{nameof(IntakeOptions.CatalogPath)}"] = catalog;
        }

        var configuration = new ConfigurationBuilder()
            .AddEnvironmentVariables()
            .AddInMemoryCollection(settings)
            .Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging(logging => logging
                .AddConfiguration(configuration.GetSection("Logging"))
                .SetMinimumLevel(LogLevel.Warning)
                .AddSimpleConsole(o => o.SingleLine = true)
                .AddFilter("Azure", LogLevel.Error)
                .Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace))
            .AddIntake();
        Customize?.Invoke(services);
        return services.BuildServiceProvider();
    }
}
