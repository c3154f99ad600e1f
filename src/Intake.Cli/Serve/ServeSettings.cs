using Intake.Storage;
using Microsoft.Extensions.Configuration;

namespace Intake.Cli.Serve;

/// <summary>The settings <c>intake serve</c> gives its host on top of the environment's, as the Functions host would have them.</summary>
internal static class ServeSettings
{
    /// <summary>The host's own account: blob receipts, timer and singleton locks, the blob trigger's poison queue.</summary>
    public const string HostStorage = "AzureWebJobsStorage";

    public const string RollupSchedule = "RollupSchedule";

    /// <summary>Sunday 22:00 UTC = Monday 06:00 Asia/Shanghai, as in the function app.</summary>
    public const string DefaultRollupSchedule = "0 0 22 * * 0";

    /// <summary>Where the WebJobs SDK reads the options of its extensions (host.json's <c>extensions</c> in the Functions host).</summary>
    private const string WebJobsSection = "AzureWebJobs";

    /// <param name="environment">The configuration serve starts from (environment variables).</param>
    /// <param name="storage">The connection string of <c>--storage</c> or of the Azurite serve started; null to use the environment's.</param>
    /// <param name="hostJsonPath">The function app's host.json, whose blob retry and parallelism settings serve applies too.</param>
    public static Dictionary<string, string?> For(IConfiguration environment, string? storage, string hostJsonPath)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        if (storage is not null)
        {
            settings[StorageNames.ConnectionSetting] = storage;
        }

        // The host's account is the inbox's unless it is set apart, connection string or identity-based alike.
        if (!environment.GetSection(HostStorage).Exists())
        {
            var intake = environment.GetSection(StorageNames.ConnectionSetting);
            if ((storage ?? intake.Value) is { } connection)
            {
                settings[HostStorage] = connection;
            }
            else
            {
                foreach (var child in intake.GetChildren())
                {
                    settings[$"{HostStorage}:{child.Key}"] = child.Value;
                }
            }
        }

        if (environment[RollupSchedule] is not { Length: > 0 })
        {
            settings[RollupSchedule] = DefaultRollupSchedule;
        }

        var hostJson = new ConfigurationBuilder().AddJsonFile(hostJsonPath, optional: false).Build();
        foreach (var (key, value) in hostJson.GetSection("extensions").AsEnumerable())
        {
            if (value is not null)
            {
                settings[$"{WebJobsSection}:{key}"] = value;
            }
        }

        return settings;
    }
}
