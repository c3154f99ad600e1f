namespace Intake.Local.Azurite;

/// <summary>Locates the folder whose package.json pins Azurite.</summary>
internal static class AzuriteToolDirectory
{
    public const string EnvironmentVariable = "INTAKE_AZURITE_DIR";

    private const string Manifest = "package.json";

    private static readonly string RelativeFolder = Path.Combine("tools", "azurite");

    public static string Resolve(AzuriteOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.ToolDirectory))
        {
            return Require(options.ToolDirectory, $"{nameof(AzuriteOptions)}.{nameof(AzuriteOptions.ToolDirectory)}");
        }

        var fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return Require(fromEnvironment, EnvironmentVariable);
        }

        // Both starting points: the CLI runs from anywhere in the repo, a test host from bin/.
        var currentDirectory = Directory.GetCurrentDirectory();
        var baseDirectory = AppContext.BaseDirectory;
        return WalkUp(currentDirectory) ?? WalkUp(baseDirectory)
            ?? throw new AzuriteUnavailableException(
                $"Could not find {Path.Combine(RelativeFolder, Manifest)} in {currentDirectory}, {baseDirectory} or any folder above them. "
                + $"Run from inside the repository, or set {EnvironmentVariable} to the folder that holds Azurite's {Manifest}.");
    }

    private static string Require(string directory, string source)
    {
        var full = Path.GetFullPath(directory);
        return File.Exists(Path.Combine(full, Manifest))
            ? full
            : throw new AzuriteUnavailableException($"{source} points at {full}, which has no {Manifest}.");
    }

    private static string? WalkUp(string start)
    {
        for (var directory = new DirectoryInfo(Path.GetFullPath(start)); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, RelativeFolder);
            if (File.Exists(Path.Combine(candidate, Manifest)))
            {
                return candidate;
            }
        }

        return null;
    }
}
