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
    private readonly AzuriteOptions _options;
    private readonly AzuritePorts _ports;
    private readonly ILogger _logger;
    private int _disposed;

    private AzuriteServer(AzuritePorts ports, string connectionString, Process? process, AzuriteOptions options, ILogger logger)
    {
        _ports = ports;
        _options = options;
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

    /// <summary>The table service's URI (<c>https</c> with <see cref="AzuriteOptions.Certificate"/>), for token-credential clients.</summary>
    public Uri TableServiceUri => AzuriteConnectionString.TableEndpoint(_ports, _options.Certificate is not null);

    public int BlobPort { get; }

    public int QueuePort { get; }

    public int TablePort { get; }

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
        return options.UseFreePorts
            ? StartCoreAsync(options, LoopbackPorts.PickFree, FreePortAttempts, logger, cancellationToken)
            : StartCoreAsync(options, () => RequireFree(AzuritePorts.Standard), 1, logger, cancellationToken);
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
            return new AzuriteServer(ports, AzuriteConnectionString.DevelopmentStorage, process: null, options, logger);
        }

        return await StartCoreAsync(options, () => RequireFree(ports), 1, logger, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Kills the emulator this instance started at once, as a crash would: it gets no chance to save what it
    /// holds in memory. <see cref="StartAgainAsync"/> brings one back; dispose this instance still.
    /// </summary>
    /// <exception cref="InvalidOperationException">This instance did not start the emulator.</exception>
    public void Kill()
    {
        ProcessTree.Kill(_process ?? throw new InvalidOperationException("This Azurite was already running; only the process that started it may kill it."));
    }

    /// <summary>
    /// Starts a new emulator on this one's ports and with its options, once this one has been killed: with a
    /// <see cref="AzuriteOptions.Location"/>, the new one serves the data the old one had saved there.
    /// </summary>
    /// <exception cref="InvalidOperationException">This instance did not start the emulator, or it has not exited
    /// within 10 seconds of the call (it was not killed).</exception>
    /// <exception cref="AzuriteUnavailableException">As for <see cref="StartAsync"/>, or another program took one of the ports meanwhile.</exception>
    public async Task<AzuriteServer> StartAgainAsync(CancellationToken cancellationToken = default)
    {
        if (_process is null)
        {
            throw new InvalidOperationException("Only an Azurite this process started can be started again.");
        }

        // A killed process may take a moment to be reaped, and its ports are only free once it is.
        using (var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            wait.CancelAfter(ExitWait);
            try
            {
                await _process.WaitForExitAsync(wait.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new InvalidOperationException($"Azurite (pid {_process.Id}) is still running; kill it before starting it again.");
            }
        }

        return await StartCoreAsync(_options, () => RequireFree(_ports), 1, _logger, cancellationToken).ConfigureAwait(false);
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
        Func<AzuritePorts> choosePorts,
        int attempts,
        ILogger logger,
        CancellationToken cancellationToken)
    {
        var npm = await NodeToolchain.RequireNpmAsync(logger, cancellationToken).ConfigureAwait(false);
        var toolDirectory = AzuriteToolDirectory.Resolve(options);
        await AzuriteInstaller
            .EnsureInstalledAsync(toolDirectory, npm, options.InstallTimeout, logger, cancellationToken)
            .ConfigureAwait(false);

        if (options.Location is { } location)
        {
            Directory.CreateDirectory(location);
        }

        for (var attempt = 1; ; attempt++)
        {
            var ports = choosePorts();
            var clock = Stopwatch.StartNew();
            var process = await AzuriteLauncher
                .LaunchAsync(toolDirectory, ports, options, logger, cancellationToken)
                .ConfigureAwait(false);
            if (process is not null)
            {
                logger.LogInformation(
                    "Azurite listening on blob {BlobPort}, queue {QueuePort}, table {TablePort} (pid {ProcessId}, ready in {ElapsedMs} ms)",
                    ports.Blob, ports.Queue, ports.Table, process.Id, clock.ElapsedMilliseconds);
                return new AzuriteServer(ports, AzuriteConnectionString.For(ports, options.Certificate is not null), process, options, logger);
            }

            if (attempt >= attempts)
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
        if (options.HeapLimitMegabytes is { } heap)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(heap, 64, nameof(options.HeapLimitMegabytes));
        }

        if (options.OAuth && options.Certificate is null)
        {
            throw new ArgumentException("AzuriteOptions.OAuth needs a Certificate: bearer tokens travel only over HTTPS.", nameof(options));
        }
    }

    private static AzuritePorts RequireFree(AzuritePorts ports)
    {
        foreach (var port in ports.All)
        {
            // Otherwise the readiness probe would mistake the other program for the Azurite just launched.
            if (!LoopbackPorts.IsFree(port))
            {
                throw new AzuriteUnavailableException(ports == AzuritePorts.Standard
                    ? $"Port {port} on 127.0.0.1 is already in use, so Azurite cannot start on the standard ports {ports}. "
                        + "Stop the program holding it, or set UseFreePorts."
                    : $"Port {port} on 127.0.0.1 is already in use, so Azurite cannot start again on {ports}.");
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
