using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace Intake.Local.Azurite;

/// <summary>
/// An Azurite storage emulator on 127.0.0.1, either a process started here (stopped on dispose) or
/// one that was already running. Shared by the <c>intake</c> CLI and the integration tests.
/// </summary>
public sealed class AzuriteServer : IAsyncDisposable
{
    // Free ports are released before Azurite binds them, so another program can win the race; rarely twice.
    private const int FreePortAttempts = 3;

    private static readonly TimeSpan ExitWait = TimeSpan.FromSeconds(10);

    private readonly Process? _process;
    private readonly ILogger _logger;
    private int _disposed;

    private AzuriteServer(AzuritePorts ports, string connectionString, Process? process, ILogger logger)
    {
        BlobPort = ports.Blob;
        QueuePort = ports.Queue;
        TablePort = ports.Table;
        ConnectionString = connectionString;
        _process = process;
        _logger = logger;
        if (_process is not null)
        {
            // A test run or CLI that exits or crashes without disposing must not leave the emulator holding the ports.
            AppDomain.CurrentDomain.ProcessExit += OnHostExiting;
            AppDomain.CurrentDomain.UnhandledException += OnHostExiting;
        }
    }

    /// <summary>Storage connection string for blob, queue and table clients.</summary>
    public string ConnectionString { get; }

    public int BlobPort { get; }

    public int QueuePort { get; }

    public int TablePort { get; }

    /// <summary>Whether this instance started the emulator and so stops it on dispose.</summary>
    public bool OwnsProcess => _process is not null;

    /// <summary>
    /// Installs Azurite if needed (<c>npm ci</c> in the tool folder) and starts it, returning once all
    /// three ports accept connections.
    /// </summary>
    /// <exception cref="AzuriteUnavailableException">Node.js or npm is missing, the tool folder is not found,
    /// the install fails, or Azurite does not listen in time.</exception>
    public static Task<AzuriteServer> StartAsync(
        AzuriteOptions options,
        ILogger logger,
        CancellationToken cancellationToken = default)
    {
        Validate(options, logger);
        return StartCoreAsync(options, options.UseFreePorts, logger, cancellationToken);
    }

    /// <summary>
    /// Reuses an emulator already listening on the standard ports 10000-10002 (the returned server does
    /// not own it); otherwise starts Azurite on those ports, whatever <see cref="AzuriteOptions.UseFreePorts"/> says.
    /// </summary>
    /// <exception cref="AzuriteUnavailableException">As for <see cref="StartAsync"/>, or only some of the standard ports are taken.</exception>
    public static async Task<AzuriteServer> EnsureRunningAsync(
        AzuriteOptions options,
        ILogger logger,
        CancellationToken cancellationToken = default)
    {
        Validate(options, logger);

        var ports = AzuritePorts.Standard;
        if (await LoopbackPorts.AllAcceptAsync(ports, cancellationToken).ConfigureAwait(false))
        {
            logger.LogInformation(
                "Using the storage emulator already listening on 127.0.0.1 blob {BlobPort}, queue {QueuePort}, table {TablePort}",
                ports.Blob, ports.Queue, ports.Table);
            return new AzuriteServer(ports, AzuriteConnectionString.DevelopmentStorage, process: null, logger);
        }

        return await StartCoreAsync(options, useFreePorts: false, logger, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Kills the process tree this instance started and waits for it to exit; does nothing otherwise.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_process is null || Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        AppDomain.CurrentDomain.ProcessExit -= OnHostExiting;
        AppDomain.CurrentDomain.UnhandledException -= OnHostExiting;
        var processId = _process.Id;
        ProcessTree.Kill(_process);
        using var wait = new CancellationTokenSource(ExitWait);
        try
        {
            await _process.WaitForExitAsync(wait.Token).ConfigureAwait(false);
            _logger.LogInformation("Azurite stopped (pid {ProcessId})", processId);
        }
        catch (OperationCanceledException)
        {
            _logger.LogWarning("Azurite (pid {ProcessId}) had not exited {ExitWaitSeconds} s after being killed", processId, ExitWait.TotalSeconds);
        }
        finally
        {
            _process.Dispose();
        }
    }

    private static async Task<AzuriteServer> StartCoreAsync(
        AzuriteOptions options,
        bool useFreePorts,
        ILogger logger,
        CancellationToken cancellationToken)
    {
        var npm = await NodeToolchain.RequireNpmAsync(logger, cancellationToken).ConfigureAwait(false);
        var toolDirectory = AzuriteToolDirectory.Resolve(options);
        await AzuriteInstaller
            .EnsureInstalledAsync(toolDirectory, npm, options.InstallTimeout, logger, cancellationToken)
            .ConfigureAwait(false);

        for (var attempt = 1; ; attempt++)
        {
            var ports = useFreePorts ? LoopbackPorts.PickFree() : RequireStandardPortsFree();
            var clock = Stopwatch.StartNew();
            var process = await AzuriteLauncher
                .LaunchAsync(toolDirectory, ports, options.StartupTimeout, logger, cancellationToken)
                .ConfigureAwait(false);
            if (process is not null)
            {
                logger.LogInformation(
                    "Azurite listening on blob {BlobPort}, queue {QueuePort}, table {TablePort} (pid {ProcessId}, ready in {ElapsedMs} ms)",
                    ports.Blob, ports.Queue, ports.Table, process.Id, clock.ElapsedMilliseconds);
                return new AzuriteServer(ports, AzuriteConnectionString.For(ports), process, logger);
            }

            if (!useFreePorts || attempt >= FreePortAttempts)
            {
                throw new AzuriteUnavailableException(
                    $"Azurite could not listen on 127.0.0.1 {ports}: another program took one of those ports.");
            }

            logger.LogInformation("A port picked for Azurite was taken before it could bind ({Ports}); retrying with others", ports.ToString());
        }
    }

    private static void Validate(AzuriteOptions options, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.StartupTimeout, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.InstallTimeout, TimeSpan.Zero);
    }

    private static AzuritePorts RequireStandardPortsFree()
    {
        var ports = AzuritePorts.Standard;
        foreach (var port in ports.All)
        {
            // Otherwise the readiness probe would mistake the other program for the Azurite just launched.
            if (!LoopbackPorts.IsFree(port))
            {
                throw new AzuriteUnavailableException(
                    $"Port {port} on 127.0.0.1 is already in use, so Azurite cannot start on the standard ports {ports}. "
                    + "Stop the program holding it, or set UseFreePorts.");
            }
        }

        return ports;
    }

    private void OnHostExiting(object? sender, EventArgs e)
    {
        if (_process is not null && Volatile.Read(ref _disposed) == 0)
        {
            ProcessTree.Kill(_process);
        }
    }
}
