using System.Text.RegularExpressions;
using Intake.Core.Tests.Support;

namespace Intake.Core.Tests.House;

/// <summary>CONTRIBUTING.md, "One catalogue of words": Chinese literals live in src/Intake.Core/Messages/ or in reading vocabulary.</summary>
public sealed partial class CatalogueOfWordsTests
{
    /// <summary>Words the reader recognises in input, or input the bench generates: grammar and data, not sentences.</summary>
    private static readonly Dictionary<string, string> ReadingVocabulary = new()
    {
        ["src/Intake.Core/Periods/FilingLabel.cs"] = "recognises the filing labels written in a report's title",
        ["src/Intake.Core/Periods/TextCursor.cs"] = "steps over Chinese separators while reading a period",
        ["src/Intake.Core/Periods/PeriodGrammar.cs"] = "the grammar of periods as reports write them",
        ["src/Intake.Core/Periods/PeriodGrammar+Units.cs"] = "the period units (年, 月, 周, 日) the grammar recognises",
        ["src/Intake.Core/Periods/SmallChineseNumeral.cs"] = "Chinese numerals inside period text",
        ["src/Intake.Core/Catalog/NameNormalizer.cs"] = "the spellings of names a report may use",
        ["src/Intake.Core/Catalog/CatalogLoader.cs"] = "aliases of the catalogue's names",
        ["src/Intake.Core/Quantities/QualifierWords.cs"] = "qualifier words (余, 多, 以内) recognised in cells",
        ["src/Intake.Core/Quantities/ChineseNumeral.cs"] = "Chinese numerals and magnitudes recognised in cells",
        ["src/Intake.Core/Quantities/KnownUnits.cs"] = "units (公里, 万米) recognised in cells",
        ["src/Intake.Core/Layout/RowLabels.cs"] = "row labels recognised in tables",
        ["src/Intake.Core/Layout/SpanPhrase.cs"] = "span phrases (本期, 累计) recognised in headers",
        ["src/Intake.Core/Layout/HeaderGrammar.cs"] = "the grammar of column headers",
        ["src/Intake.Core/Layout/HeaderVocabulary.cs"] = "the words of column headers",
        ["src/Intake.Bench/Workbooks/TidyWorkbook.cs"] = "synthetic input the bench generates",
        ["src/Intake.Bench/Workbooks/WideWorkbook.cs"] = "synthetic input the bench generates",
        ["src/Intake.Bench/BenchFiles.cs"] = "the names of the synthetic files the bench generates, which the reader reads reporter and period from",
    };

    /// <summary>Being moved into the catalogue in another branch; removed from this list at merge.</summary>
    private static readonly HashSet<string> MovedInAnotherBranch =
    [
        "src/Intake.Core/Rollups/RollupText.cs",
    ];

    /// <summary>Output text still outside the catalogue when this test was written; this list only shrinks.</summary>
    private static readonly HashSet<string> NotYetFolded =
    [
        "src/Intake.Web/Upload/UploadEndpoints.cs",
        "src/Intake.Core/Periods/YearToDate.cs",
        "src/Intake.Core/Periods/PeriodText.cs",
        "src/Intake.Core/Periods/PeriodMatch.cs",
        "src/Intake.Core/Feedback/FeedbackWorkbook.cs",
        "src/Intake.Core/Feedback/FeedbackText.cs",
        "src/Intake.Core/Catalog/ReportCatalog.cs",
        "src/Intake.Core/Quantities/QualifiedNumber.cs",
        "src/Intake.Core/Quantities/QuantityText.cs",
        "src/Intake.Core/Quantities/QuantityParser.cs",
        "src/Intake.Core/Quantities/UnitConverter.cs",
        "src/Intake.Core/Reading/CellValue.cs",
        "src/Intake.Core/Reading/ExcelSheetReader.cs",
        "src/Intake.Core/Reading/HtmlSheetReader.cs",
        "src/Intake.Core/Publishing/WorkbookText.cs",
        "src/Intake.Core/Publishing/BulletinDocx.cs",
        "src/Intake.Core/Publishing/PeriodNames.cs",
        "src/Intake.Core/Publishing/WeekNames.cs",
        "src/Intake.Core/Publishing/BulletinComposer.cs",
        "src/Intake.Core/Publishing/WeeklyWorkbook.cs",
        "src/Intake.Core/Publishing/BulletinText.cs",
        "src/Intake.Core/Metadata/ReportMetadataResolver.cs",
        "src/Intake.Core/Metadata/ReporterText.cs",
        "src/Intake.Core/Metadata/ReportForm.cs",
        "src/Intake.Core/Layout/LabelReader.cs",
        "src/Intake.Core/Layout/TableReader.cs",
        "src/Intake.Core/Layout/SheetLines.cs",
        "src/Intake.Core/Layout/RowContext.cs",
        "src/Intake.Core/Layout/LabelMeaning.cs",
        "src/Intake.Core/Layout/HeaderMeaning.cs",
        "src/Intake.Core/Layout/RowShape.cs",
        "src/Intake.Core/Layout/TableFinder.cs",
        "src/Intake.Core/Workbooks/XlsxWriter.cs",
        "src/Intake.Cli/Commands/WeeklyReportPrinter.cs",
    ];

    [GeneratedRegex("\"[^\"\\n]*\\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex ChineseLiteral();

    private static IEnumerable<string> FilesWithChineseLiterals() =>
        new[] { "src", "functions" }
            .SelectMany(top => Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, top), "*.cs", SearchOption.AllDirectories))
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"))
            .Where(file => ChineseLiteral().IsMatch(File.ReadAllText(file)))
            .Select(file => Path.GetRelativePath(RepositoryPaths.Root, file).Replace(Path.DirectorySeparatorChar, '/'));

    [Fact]
    public void ChineseLiteralsLiveInTheCatalogueOrInReadingVocabulary()
    {
        var outside = FilesWithChineseLiterals()
            .Where(file => !file.StartsWith("src/Intake.Core/Messages/", StringComparison.Ordinal))
            .Where(file => !ReadingVocabulary.ContainsKey(file) && !MovedInAnotherBranch.Contains(file) && !NotYetFolded.Contains(file))
            .ToList();

        Assert.Empty(outside);
    }

    [Fact]
    public void TheListsNameOnlyFilesThatStillHoldChineseLiterals()
    {
        var holding = FilesWithChineseLiterals().ToHashSet();

        var stale = ReadingVocabulary.Keys.Concat(MovedInAnotherBranch).Concat(NotYetFolded).Where(file => !holding.Contains(file)).ToList();

        Assert.Empty(stale);
    }

    /// <summary>Console sentences, help descriptions and HTTP answers still written as literals; this list only shrinks.</summary>
    private static readonly HashSet<string> SentencesNotYetFolded =
    [
    ];

    [GeneratedRegex("(\\.Write(Line)?(Async)?\\(\\s*[$@]*\"[^\"\\n]*[A-Za-z\\p{IsCJKUnifiedIdeographs}]{2}|Description\\s*=\\s*[$@]*\"|Results\\.\\w+\\(\\s*[$@]*\")")]
    private static partial Regex SentenceLiteral();

    private static IEnumerable<string> FilesWithSentenceLiterals() =>
        new[] { "src/Intake.Cli", "src/Intake.Web" }
            .SelectMany(top => Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, top), "*.cs", SearchOption.AllDirectories))
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"))
            .Where(file => SentenceLiteral().IsMatch(File.ReadAllText(file)))
            .Select(file => Path.GetRelativePath(RepositoryPaths.Root, file).Replace(Path.DirectorySeparatorChar, '/'));

    [Fact]
    public void ConsoleHelpAndHttpSentencesComeFromTheCatalogue()
    {
        var outside = FilesWithSentenceLiterals().Where(file => !SentencesNotYetFolded.Contains(file)).ToList();

        Assert.Empty(outside);
    }

    [Fact]
    public void TheSentenceListNamesOnlyFilesThatStillWriteLiterals()
    {
        var holding = FilesWithSentenceLiterals().ToHashSet();

        var stale = SentencesNotYetFolded.Where(file => !holding.Contains(file)).ToList();

        Assert.Empty(stale);
    }
}
