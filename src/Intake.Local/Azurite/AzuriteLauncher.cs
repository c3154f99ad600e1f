using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging;

namespace Intake.Local.Azurite;

/// <summary>Starts one Azurite process and waits until it listens.</summary>
internal static class AzuriteLauncher
{
    private const int HeadLines = 10;

    private const int TailLines = 30;

    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);

    /// <summary>
    /// Returns the running process, or <see langword="null"/> when it exited because one of its ports
    /// was taken in the meantime, which the caller may retry with other ports.
    /// </summary>
    public static async Task<Process?> LaunchAsync(
        string toolDirectory,
        AzuritePorts ports,
        AzuriteOptions options,
        ILogger logger,
        CancellationToken cancellationToken = default)
    {
        var executable = AzuriteInstaller.ExecutablePath(toolDirectory);
        var excerpt = new OutputExcerpt(HeadLines, TailLines);
        var process = new Process { StartInfo = StartInfo(executable, toolDirectory, ports, options) };
        // Every request is an access-log line on stdout: debug only, or the CLI's console drowns in it.
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is { } line)
            {
                excerpt.Add(line);
                logger.LogDebug("azurite: {Line}", line);
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is { } line)
            {
                excerpt.Add(line);
                logger.LogWarning("azurite: {Line}", line);
            }
        };

        try
        {
            process.Start();
        }
        catch (Win32Exception ex)
        {
            process.Dispose();
            throw new AzuriteUnavailableException($"Could not start {executable}: {ex.Message}", ex);
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            return await WaitUntilListeningAsync(process, ports, options.StartupTimeout, excerpt, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            ProcessTree.Kill(process);
            process.Dispose();
            throw;
        }
    }

    /// <summary>The script in the tool folder that <see cref="AzuriteOptions.PointLookups"/> loads into Azurite.</summary>
    public const string PointLookupsScript = "point-lookups.js";

    private static ProcessStartInfo StartInfo(string executable, string toolDirectory, AzuritePorts ports, AzuriteOptions options)
    {
        var startInfo = new ProcessStartInfo(executable)
        {
            WorkingDirectory = toolDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            CreateNoWindow = true,
        };
        string[] arguments =
        [
            .. Persistence(options.Location),
            "--skipApiVersionCheck",
            "--disableProductStyleUrl",
            // On by default; these machines reach no telemetry endpoint and tests should not try.
            "--disableTelemetry",
            "--blobHost", "127.0.0.1",
            "--queueHost", "127.0.0.1",
            "--tableHost", "127.0.0.1",
            "--blobPort", ports.Blob.ToString(CultureInfo.InvariantCulture),
            "--queuePort", ports.Queue.ToString(CultureInfo.InvariantCulture),
            "--tablePort", ports.Table.ToString(CultureInfo.InvariantCulture),
            .. Https(options),
        ];
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        var nodeOptions = new List<string>();
        if (options.PointLookups)
        {
            var script = Path.Combine(toolDirectory, PointLookupsScript);
            if (!File.Exists(script))
            {
                throw new AzuriteUnavailableException($"AzuriteOptions.PointLookups needs {script}, which is missing.");
            }

            // Quoted: the path may hold spaces.
            nodeOptions.Add($"--require \"{script}\"");
        }

        if (options.HeapLimitMegabytes is { } heap)
        {
            nodeOptions.Add(string.Create(CultureInfo.InvariantCulture, $"--max-old-space-size={heap}"));
        }

        if (nodeOptions.Count > 0)
        {
            // Node reads NODE_OPTIONS before Azurite's script starts.
            nodeOptions.Insert(0, Environment.GetEnvironmentVariable("NODE_OPTIONS") ?? "");
            startInfo.Environment["NODE_OPTIONS"] = string.Join(' ', nodeOptions).TrimStart();
        }

        return startInfo;
    }

    private static string[] Https(AzuriteOptions options) =>
        options.Certificate is not { } certificate ? []
        : options.OAuth ? ["--cert", certificate.CertificatePath, "--key", certificate.KeyPath, "--oauth", "basic"]
        : ["--cert", certificate.CertificatePath, "--key", certificate.KeyPath];

    private static string[] Persistence(string? location) =>
        location is null ? ["--inMemoryPersistence"] : ["--location", location];

    private static async Task<Process?> WaitUntilListeningAsync(
        Process process,
        AzuritePorts ports,
        TimeSpan startupTimeout,
        OutputExcerpt excerpt,
        CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            if (process.HasExited)
            {
                // Lets the output readers reach the end, so the excerpt holds Azurite's last words.
                await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
                if (excerpt.Contains("EADDRINUSE"))
                {
                    process.Dispose();
                    return null;
                }

                throw new AzuriteUnavailableException(
                    $"Azurite exited with code {process.ExitCode} before listening on {ports}. Its output:\n{Describe(excerpt)}");
            }

            // Checked again after probing: a port answering for a process that has just died is someone else's.
            if (await LoopbackPorts.AllAcceptAsync(ports, cancellationToken).ConfigureAwait(false) && !process.HasExited)
            {
                return process;
            }

            if (clock.Elapsed >= startupTimeout)
            {
                throw new AzuriteUnavailableException(
                    $"Azurite did not listen on {ports} within {startupTimeout}. Its last output:\n{Describe(excerpt)}");
            }

            await Task.Delay(PollInterval, cancellationToken).ConfigureAwait(false);
        }
    }

    private static string Describe(OutputExcerpt excerpt)
    {
        var text = excerpt.ToString();
        return text.Length > 0 ? text : "(it printed nothing)";
    }
}
