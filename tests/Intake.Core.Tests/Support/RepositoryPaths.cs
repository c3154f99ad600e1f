namespace Intake.Core.Tests.Support;

/// <summary>Finds the repository and its test data from the test binaries; nothing outside the clone is read.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Samples => Path.Combine(Root, "samples");

    public static string Sample(string name) => Path.Combine(Samples, name);

    /// <summary>The built-in catalog's own CSV files, embedded into Intake.Core.</summary>
    public static string DefaultCatalog => Path.Combine(Root, "src", "Intake.Core", "Catalog", "Default");

    /// <summary>The public ExcelDataReader test workbooks, vendored with their licence.</summary>
    public static string Corpus => Path.Combine(Root, "tests", "corpus", "exceldatareader");

    public static string CorpusFile(string name) => Path.Combine(Corpus, name);

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
