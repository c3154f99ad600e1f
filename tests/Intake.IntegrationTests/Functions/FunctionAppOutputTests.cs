using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Intake.IntegrationTests.Support;

namespace Intake.IntegrationTests.Functions;

public sealed class FunctionAppOutputTests
{
    private static readonly string[] DevelopmentWords = ["Azurite", "Npm", "NodeToolchain", "Intake.Local"];

    [Fact]
    public void FunctionAppOutputCarriesNoAzuriteOrNpmCode()
    {
        var output = RepositoryPaths.FunctionsOutput;
        var files = Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(output, f))
            .ToList();

        Assert.Contains("Intake.Storage.dll", files);
        Assert.DoesNotContain(files, f => f.Contains("Intake.Local", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(files, f => f.Contains("node_modules", StringComparison.Ordinal) || Path.GetFileName(f) is "package.json" or "package-lock.json");
        Assert.DoesNotContain("Intake.Local", File.ReadAllText(Path.Combine(output, "Intake.Functions.deps.json")), StringComparison.Ordinal);
        foreach (var assembly in files.Where(f => Path.GetFileName(f).StartsWith("Intake.", StringComparison.Ordinal) && f.EndsWith(".dll", StringComparison.Ordinal)))
        {
            var types = TypeNames(Path.Combine(output, assembly));
            Assert.NotEmpty(types);
            Assert.DoesNotContain(types, t => DevelopmentWords.Any(w => t.Contains(w, StringComparison.OrdinalIgnoreCase)));
        }
    }

    private static List<string> TypeNames(string assemblyPath)
    {
        using var stream = File.OpenRead(assemblyPath);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        return metadata.TypeDefinitions
            .Select(metadata.GetTypeDefinition)
            .Select(t => $"{metadata.GetString(t.Namespace)}.{metadata.GetString(t.Name)}")
            .ToList();
    }
}
