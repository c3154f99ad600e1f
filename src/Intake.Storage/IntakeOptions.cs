using Intake.Core.Reading;
using Intake.Core.Rollups;
using Intake.Core.Validation;

namespace Intake.Storage;

/// <summary>
/// Settings of the pipeline, bound from the configuration section <c>Intake</c>. The storage account
/// is not among them: it is the setting <c>IntakeStorage</c> (<see cref="Connections.StorageConnectionOptions"/>).
/// </summary>
public sealed class IntakeOptions
{
    public const string SectionName = "Intake";

    /// <summary>A folder with org-units.csv, indicators.csv and rules.csv replacing the built-in catalog. Default none.</summary>
    public string? CatalogPath { get; set; }

    /// <summary>
    /// The first year reports are taken for: a period that starts before January 1 of it, or more than a year after
    /// today, is <c>period-out-of-range</c>, and no rollup, export or bulletin is built for it. Default 2000.
    /// </summary>
    public int CatalogFirstYear { get; set; } = PeriodRange.DefaultFirstYear;

    /// <summary>
    /// How long to wait for another worker that is storing a version of the same report. Default 2 min;
    /// past it the upload fails and the blob trigger retries it.
    /// </summary>
    public TimeSpan ReportLockTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// The lease on a report's lock while a version of it is stored: how long a crashed worker keeps
    /// others (and its own retry) waiting. Default 60 s; Azure allows 15 to 60 s.
    /// </summary>
    public TimeSpan ReportLockLease { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// How long after it began an ingest attempt that neither finished nor became current is taken for dead: the
    /// rollup timer then deletes the facts it wrote. Default 1 hour, well past the longest ingest (a parse is cut at
    /// <see cref="ReadLimits.MaxParseTime"/>, the lock wait at <see cref="ReportLockTimeout"/>) and the blob trigger's
    /// retries, which write the same facts again anyway.
    /// </summary>
    public TimeSpan AbandonedAttemptAfter { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Limits that turn away hostile or broken files. Defaults: see <see cref="ReadLimits"/>.</summary>
    public ReadLimits Limits { get; set; } = new();

    /// <summary>The weekly rollup: <c>last</c> lookback and report deadline. Defaults: see <see cref="RollupOptions"/>.</summary>
    public RollupOptions Rollups { get; set; } = new();
}
