namespace Intake.IntegrationTests.Support;

/// <summary>Finds the repository from the test binaries.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Sample(string name) => Path.Combine(Root, "samples", name);

    /// <summary>Debug or Release: the configuration these tests were built in, read off their own path.</summary>
    public static string Configuration =>
        AppContext.BaseDirectory.Split(Path.DirectorySeparatorChar).Contains("Release") ? "Release" : "Debug";

    /// <summary>The function app's build output, as deployed: what <c>func</c> or <c>azd</c> would publish.</summary>
    public static string FunctionsOutput =>
        Path.Combine(Root, "functions", "Intake.Functions", "bin", Configuration, "net10.0");

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
