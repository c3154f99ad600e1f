using Intake.Core.Reading;

namespace Intake.Storage;

/// <summary>Settings of the pipeline, bound from the configuration section <c>Intake</c>.</summary>
public sealed class IntakeOptions
{
    public const string SectionName = "Intake";

    /// <summary>
    /// Storage connection string. Default <c>UseDevelopmentStorage=true</c> (Azurite); the function app
    /// and the CLI also read the <c>IntakeStorage</c> setting.
    /// </summary>
    public string StorageConnection { get; set; } = "UseDevelopmentStorage=true";

    /// <summary>A folder with org-units.csv, indicators.csv and rules.csv replacing the built-in catalog. Default none.</summary>
    public string? CatalogPath { get; set; }

    /// <summary>Limits that turn away hostile or broken files. Defaults: see <see cref="ReadLimits"/>.</summary>
    public ReadLimits Limits { get; set; } = new();
}
