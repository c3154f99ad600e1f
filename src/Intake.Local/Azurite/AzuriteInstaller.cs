using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace Intake.Local.Azurite;

/// <summary>Installs the pinned Azurite with <c>npm ci</c> when it is missing or another version.</summary>
internal static class AzuriteInstaller
{
    private const string LockFileName = ".install.lock";

    private static readonly TimeSpan LockRetryDelay = TimeSpan.FromMilliseconds(250);

    public static string ExecutablePath(string toolDirectory) =>
        Path.Combine(toolDirectory, "node_modules", ".bin", OperatingSystem.IsWindows() ? "azurite.cmd" : "azurite");

    public static async Task EnsureInstalledAsync(
        string toolDirectory,
        string npmPath,
        TimeSpan timeout,
        ILogger logger,
        CancellationToken cancellationToken = default)
    {
        if (IsInstalled(toolDirectory))
        {
            return;
        }

        // Two test assemblies may start at once; two npm ci runs in one folder wreck each other's node_modules.
        using var installLock = await AcquireLockAsync(toolDirectory, timeout, logger, cancellationToken).ConfigureAwait(false);
        if (IsInstalled(toolDirectory))
        {
            return;
        }

        logger.LogInformation("Installing Azurite with npm ci in {ToolDirectory}", toolDirectory);
        var clock = Stopwatch.StartNew();
        var result = await CommandRunner
            .RunAsync(npmPath, ["ci", "--no-audit", "--no-fund"], toolDirectory, timeout, logger, cancellationToken)
            .ConfigureAwait(false);

        if (result.TimedOut)
        {
            throw new AzuriteUnavailableException(
                $"npm ci in {toolDirectory} did not finish within {timeout}. Its last output:\n{Tail(result)}");
        }

        if (result.ExitCode != 0)
        {
            throw new AzuriteUnavailableException(
                $"npm ci in {toolDirectory} failed with exit code {result.ExitCode}:\n{Tail(result)}");
        }

        if (!IsInstalled(toolDirectory))
        {
            throw new AzuriteUnavailableException(
                $"npm ci in {toolDirectory} succeeded but {ExecutablePath(toolDirectory)} is still missing or not the version package.json pins.");
        }

        logger.LogInformation("Installed Azurite in {ElapsedSeconds:F1} s", clock.Elapsed.TotalSeconds);
    }

    // npm reports failures on stderr; stdout is the fallback when it printed nothing there.
    private static string Tail(CommandResult result) =>
        result.Errors.Length > 0 ? result.Errors
        : result.Output.Length > 0 ? result.Output
        : "(npm printed nothing)";

    // Checking the version as well as the executable makes a bumped pin in package.json reinstall by itself.
    private static bool IsInstalled(string toolDirectory)
    {
        if (!File.Exists(ExecutablePath(toolDirectory)))
        {
            return false;
        }

        var pinned = ReadString(Path.Combine(toolDirectory, "package.json"), "dependencies", "azurite");
        var installed = ReadString(Path.Combine(toolDirectory, "node_modules", "azurite", "package.json"), "version");
        return pinned is null || pinned == installed;
    }

    private static string? ReadString(string jsonFile, params string[] propertyPath)
    {
        try
        {
            using var stream = File.OpenRead(jsonFile);
            using var document = JsonDocument.Parse(stream);
            var element = document.RootElement;
            foreach (var name in propertyPath)
            {
                if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out element))
                {
                    return null;
                }
            }

            return element.ValueKind == JsonValueKind.String ? element.GetString() : null;
        }
        catch (Exception ex) when (ex is IOException or JsonException)
        {
            // Absent or half-written by an interrupted install: treat as not installed.
            return null;
        }
    }

    // FileShare.None is an exclusive OS lock on every platform .NET runs on, held until the stream is disposed.
    // The file is never deleted: unlinking a lock file lets a waiter lock the old inode while another creates a new one.
    private static async Task<FileStream> AcquireLockAsync(
        string toolDirectory,
        TimeSpan timeout,
        ILogger logger,
        CancellationToken cancellationToken)
    {
        var path = Path.Combine(toolDirectory, LockFileName);
        var clock = Stopwatch.StartNew();
        var announced = false;
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException ex)
            {
                if (clock.Elapsed >= timeout)
                {
                    throw new AzuriteUnavailableException(
                        $"Another process held {path} for longer than {timeout} while installing Azurite.", ex);
                }

                if (!announced)
                {
                    logger.LogInformation("Waiting for another process to finish installing Azurite ({LockFile})", path);
                    announced = true;
                }
            }

            await Task.Delay(LockRetryDelay, cancellationToken).ConfigureAwait(false);
        }
    }
}
