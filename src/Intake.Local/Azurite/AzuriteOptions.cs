namespace Intake.Local.Azurite;

/// <summary>How <see cref="AzuriteServer"/> finds, installs and starts the Azurite storage emulator.</summary>
public sealed class AzuriteOptions
{
    /// <summary>
    /// Folder holding the <c>package.json</c> that pins Azurite. Default <see langword="null"/>: use the
    /// <c>INTAKE_AZURITE_DIR</c> environment variable when set, else the first <c>tools/azurite</c>
    /// folder with a <c>package.json</c> found walking up from <see cref="Directory.GetCurrentDirectory"/>,
    /// then from <see cref="AppContext.BaseDirectory"/>.
    /// </summary>
    public string? ToolDirectory { get; set; }

    /// <summary>
    /// Default <see langword="false"/>: listen on the standard ports 10000 (blob), 10001 (queue) and
    /// 10002 (table), which <c>UseDevelopmentStorage=true</c> expects. <see langword="true"/>: listen on
    /// three free loopback ports, so that several servers (test assemblies run side by side) can coexist.
    /// </summary>
    public bool UseFreePorts { get; set; }

    /// <summary>
    /// Default <see langword="null"/>: keep everything in memory (<c>--inMemoryPersistence</c>), gone when the
    /// process ends. A folder (created if missing): Azurite keeps its data there (<c>--location</c>), so that an
    /// emulator started again on the same folder finds it. Azurite saves its tables and blob metadata every
    /// 5 seconds, so a process that is killed loses what changed in its last seconds.
    /// </summary>
    public string? Location { get; set; }

    /// <summary>
    /// Default <see langword="false"/>: Azurite as published. <see langword="true"/>: Azurite loads
    /// <c>tools/azurite/point-lookups.js</c>, which finds a table row by its (PartitionKey, RowKey) in a map
    /// instead of scanning the rows of its partition, as Azure Table Storage finds it by its key. Filling a partition
    /// then takes time growing with its rows rather than with their square; queries are unchanged. For benchmarks
    /// that seed partitions of hundreds of thousands of rows (<c>intake bench</c>'s rollup case).
    /// </summary>
    public bool PointLookups { get; set; }

    /// <summary>
    /// Default <see langword="null"/>: Node's own limit on Azurite's heap (about 4 GB on this kind of machine).
    /// A number: Node's <c>--max-old-space-size</c> in megabytes. Azurite holds every row in memory, a few kilobytes
    /// each, so a million rows need more than the default.
    /// </summary>
    public int? HeapLimitMegabytes { get; set; }

    /// <summary>
    /// Default <see langword="null"/>: plain HTTP. A PEM certificate and its PEM private key: Azurite serves HTTPS with
    /// them (<c>--cert</c>, <c>--key</c>) and the connection string says <c>https</c>. Clients must trust the certificate.
    /// </summary>
    public AzuriteCertificate? Certificate { get; set; }

    /// <summary>
    /// Default <see langword="false"/>. <see langword="true"/>: Azurite also accepts OAuth bearer tokens
    /// (<c>--oauth basic</c>: it checks a token's issuer, audience and lifetime, not its signature), as Azure Storage
    /// does with Entra ID; it needs <see cref="Certificate"/>, since bearer tokens travel only over HTTPS.
    /// </summary>
    public bool OAuth { get; set; }

    /// <summary>
    /// Default 60 seconds: how long Azurite may take, once launched, until all three ports accept
    /// connections. Installing the npm package is not counted here.
    /// </summary>
    public TimeSpan StartupTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Default 5 minutes: how long <c>npm ci</c> may run when Azurite is not installed yet, and also how
    /// long to wait for another process that is installing it at the same time.
    /// </summary>
    public TimeSpan InstallTimeout { get; set; } = TimeSpan.FromMinutes(5);
}
