using Microsoft.Extensions.Options;

namespace Intake.Storage.Connections;

/// <summary>
/// Refuses a storage setting that is missing or half given, naming the setting to fix: the pipeline
/// never falls back to the local emulator on its own.
/// </summary>
public sealed class StorageConnectionValidator : IValidateOptions<StorageConnectionOptions>
{
    /// <summary>The managed-identity value of <c>IntakeStorage__credential</c>, as the Functions host spells it.</summary>
    public const string ManagedIdentity = "managedidentity";

    private const string Prefix = StorageNames.ConnectionSetting + "__";

    public ValidateOptionsResult Validate(string? name, StorageConnectionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.IsIdentityBased)
        {
            return ValidateOptionsResult.Success;
        }

        var uris = new (string Setting, Uri? Value)[]
        {
            (Prefix + "blobServiceUri", options.BlobServiceUri),
            (Prefix + "queueServiceUri", options.QueueServiceUri),
            (Prefix + "tableServiceUri", options.TableServiceUri),
        };
        if (uris.All(u => u.Value is null))
        {
            return ValidateOptionsResult.Fail(
                $"The storage setting {StorageNames.ConnectionSetting} is missing: set it to a connection string, or set "
                + string.Join(", ", uris.Select(u => u.Setting)) + " for an identity-based connection.");
        }

        var failures = new List<string>();
        foreach (var (setting, value) in uris)
        {
            if (value is null)
            {
                failures.Add($"The setting {setting} is missing: an identity-based connection needs all of {string.Join(", ", uris.Select(u => u.Setting))}.");
            }
            else if (!value.IsAbsoluteUri || value.Scheme is not ("https" or "http"))
            {
                failures.Add($"The setting {setting} is not an absolute http(s) URI: {value}");
            }
        }

        if (options.Credential is { Length: > 0 } credential && !string.Equals(credential, ManagedIdentity, StringComparison.OrdinalIgnoreCase))
        {
            failures.Add($"The setting {Prefix}credential is '{credential}'; the only value understood is '{ManagedIdentity}'.");
        }

        if (options.ClientId is { Length: > 0 } && string.IsNullOrWhiteSpace(options.Credential))
        {
            failures.Add($"The setting {Prefix}clientId is given without {Prefix}credential = {ManagedIdentity}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
