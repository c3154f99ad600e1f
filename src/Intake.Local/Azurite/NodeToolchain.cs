using System.Globalization;
using Intake.Core.Messages;
using Microsoft.Extensions.Logging;

namespace Intake.Local.Azurite;

/// <summary>Finds node and npm on PATH and checks that node is new enough for the pinned Azurite.</summary>
internal static class NodeToolchain
{
    public const int MinimumNodeMajorVersion = 20;

    /// <summary>English first: the launcher's other messages are English only.</summary>
    public static string MissingMessage
    {
        get
        {
            var missing = MessageCatalog.NodeMissing(MinimumNodeMajorVersion);
            return $"{missing.En}\n{missing.Zh}";
        }
    }

    private static readonly TimeSpan VersionTimeout = TimeSpan.FromSeconds(30);

    /// <summary>Returns the path of npm, having checked node's version.</summary>
    public static async Task<string> RequireNpmAsync(ILogger logger, CancellationToken cancellationToken = default)
    {
        var node = FindOnPath("node");
        var npm = FindOnPath("npm");
        if (node is null || npm is null)
        {
            throw new AzuriteUnavailableException(MissingMessage);
        }

        var result = await CommandRunner
            .RunAsync(node, ["--version"], workingDirectory: null, VersionTimeout, logger, cancellationToken)
            .ConfigureAwait(false);
        var version = result.Output.Trim();
        if (result.ExitCode != 0 || ParseMajor(version) is not { } major || major < MinimumNodeMajorVersion)
        {
            throw new AzuriteUnavailableException(
                $"{MissingMessage}\nFound node {(version.Length > 0 ? version : "(no version)")} at {node}.");
        }

        logger.LogDebug("Using node {NodeVersion} at {NodePath} and npm at {NpmPath}", version, node, npm);
        return npm;
    }

    private static int? ParseMajor(string version)
    {
        // node prints "v20.20.2".
        var digits = version.TrimStart('v').Split('.')[0];
        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var major) ? major : null;
    }

    // Process.Start does not search PATH for npm.cmd on Windows, so resolve the full path first.
    private static string? FindOnPath(string command)
    {
        var path = Environment.GetEnvironmentVariable("PATH");
        if (string.IsNullOrEmpty(path))
        {
            return null;
        }

        string[] extensions = OperatingSystem.IsWindows()
            ? (Environment.GetEnvironmentVariable("PATHEXT") ?? ".COM;.EXE;.BAT;.CMD").Split(';', StringSplitOptions.RemoveEmptyEntries)
            : [string.Empty];

        foreach (var directory in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var extension in extensions)
            {
                var candidate = Path.Combine(directory.Trim('"'), command + extension);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
