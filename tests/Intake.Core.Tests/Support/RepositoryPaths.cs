namespace Intake.Core.Tests.Support;

/// <summary>Finds the repository (and the shared/ folder beside it) from the test binaries.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Samples => Path.Combine(Root, "samples");

    public static string Sample(string name) => Path.Combine(Samples, name);

    /// <summary>shared/domain: beside the clone in CI and in a developer's workplace.</summary>
    public static string SharedDomain => Path.GetFullPath(Path.Combine(Root, "..", "shared", "domain"));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Intake.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Intake.sln not found above " + AppContext.BaseDirectory);
    }
}
