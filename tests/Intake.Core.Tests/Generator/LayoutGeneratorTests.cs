using System.Globalization;
using System.Text;
using Intake.Core.Catalog;
using Intake.Core.Reading;
using Intake.Core.Reports;
using Xunit.Abstractions;

namespace Intake.Core.Tests.Generator;

/// <summary>
/// Generated reports, each read as what it was written to be: its reporter, its period, every fact with its
/// org unit, measure, value and qualifier, and not one complaint. CI reads a fixed run of seeds; setting
/// INTAKE_LAYOUT_SEEDS (and INTAKE_LAYOUT_FIRST_SEED) reads any number more and prints the share read right by class.
/// </summary>
public sealed class LayoutGeneratorTests(ITestOutputHelper output)
{
    /// <summary>The seeds CI reads, every time the same.</summary>
    public const int CiSeeds = 320;

    private static readonly ReportParser Parser = new(CatalogLoader.Default, new ReadLimits());

    public static TheoryData<int> Seeds() => new(Enumerable.Range(1, CiSeeds));

    [Theory]
    [MemberData(nameof(Seeds))]
    public void AGeneratedReportIsReadAsItWasWritten(int seed)
    {
        var report = LayoutGenerator.Generate(seed);

        var failure = Misreading(report);

        Assert.True(failure is null, $"{report}\n{failure}\nhints: {report.Hints}\n{report.Layout}");
    }

    [Fact]
    public void TheSameSeedWritesTheSameReport()
    {
        var (first, second) = (LayoutGenerator.Generate(7), LayoutGenerator.Generate(7));

        Assert.Equal(first.FileName, second.FileName);
        Assert.Equal(first.Facts, second.Facts);
        Assert.Equal(first.Classes, second.Classes);
    }

    [Fact]
    public void TheCiSeedsCoverEveryClassOfTheReadme()
    {
        var covered = Enumerable.Range(1, CiSeeds).SelectMany(s => LayoutGenerator.Generate(s).Classes).ToHashSet();
        var readme = File.ReadAllText(Path.Combine(Support.RepositoryPaths.Root, "tests", "Intake.Core.Tests", "Generator", "README.md"));
        // The classes are the names in backquotes that open the README's list items, before the dash that explains them.
        var named = readme.Split('\n')
            .Where(l => l.TrimStart().StartsWith("- `", StringComparison.Ordinal))
            .SelectMany(l => l.Split(" — ")[0].Split('`').Where((_, i) => i % 2 == 1))
            .ToHashSet();

        Assert.Empty(named.Except(covered));
        Assert.Empty(covered.Except(named));
    }

    [SkippableFact]
    public void AnyNumberOfSeedsIsReadRightInEveryClass()
    {
        var count = Environment.GetEnvironmentVariable("INTAKE_LAYOUT_SEEDS");
        Skip.If(count is null, "set INTAKE_LAYOUT_SEEDS (and INTAKE_LAYOUT_FIRST_SEED) to read more generated reports");
        var first = int.Parse(Environment.GetEnvironmentVariable("INTAKE_LAYOUT_FIRST_SEED") ?? "100000", CultureInfo.InvariantCulture);
        var byClass = new SortedDictionary<string, (int Right, int All)>(StringComparer.Ordinal);
        var failures = new List<string>();
        var saved = Directory.CreateTempSubdirectory("intake-layouts-");
        foreach (var seed in Enumerable.Range(first, int.Parse(count, CultureInfo.InvariantCulture)))
        {
            var report = LayoutGenerator.Generate(seed);
            var failure = Misreading(report);
            foreach (var name in report.Classes)
            {
                var (right, all) = byClass.GetValueOrDefault(name);
                byClass[name] = (right + (failure is null ? 1 : 0), all + 1);
            }

            if (failure is not null)
            {
                failures.Add($"{report}\n{failure}\nhints: {report.Hints}\n{report.Layout}");
                File.WriteAllBytes(Path.Combine(saved.FullName, $"{seed}-{report.FileName}"), report.Content);
            }
        }

        var table = new StringBuilder("| class | read right | of |\n|---|---:|---:|\n");
        foreach (var (name, (right, all)) in byClass)
        {
            table.Append(CultureInfo.InvariantCulture, $"| {name} | {100.0 * right / all:0.0}% | {all} |\n");
        }

        output.WriteLine(table.ToString());
        output.WriteLine(failures.Count == 0 ? "every report read right" : $"{failures.Count} misread, files in {saved.FullName}:\n" + string.Join("\n\n", failures.Take(20)));
        Assert.Empty(failures);
    }

    // What is wrong with how a report was read, or null when it was read right.
    private static string? Misreading(GeneratedReport report)
    {
        var result = Parser.Parse(new MemoryStream(report.Content), report.Hints);
        var problems = new List<string>();
        if (result.Issues.Count > 0)
        {
            problems.Add("issues: " + string.Join("; ", result.Issues.Select(i => $"{i.Severity} {i.Code} {i.Cell} {i.MessageZh}")));
        }

        if ((result.Reporter, result.Period?.Code) != (report.Reporter, report.Period))
        {
            problems.Add($"read as {result.Reporter}/{result.Period}, written as {report.Reporter}/{report.Period}");
        }

        var read = result.Facts.Select(f => new ExpectedFact(f.OrgUnit, f.Indicator, f.Period.Code, f.Measure, Math.Round(f.Value, 6), f.Qualifier)).ToList();
        var missing = report.Facts.Except(read).ToList();
        var extra = read.Except(report.Facts).ToList();
        if (missing.Count > 0 || extra.Count > 0 || read.Count != report.Facts.Count)
        {
            problems.Add($"facts: {read.Count} read of {report.Facts.Count}; missing {string.Join(", ", missing.Take(8))}; extra {string.Join(", ", extra.Take(8))}");
        }

        return problems.Count == 0 ? null : string.Join("\n", problems);
    }
}
