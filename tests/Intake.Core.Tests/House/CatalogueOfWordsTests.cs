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
        ["src/Intake.Core/Quantities/KnownUnits.cs"] = "units (公里, 万米) recognised in cells",
        ["src/Intake.Core/Layout/RowLabels.cs"] = "row labels recognised in tables",
        ["src/Intake.Core/Layout/SpanPhrase.cs"] = "span phrases (本期, 累计) recognised in headers",
        ["src/Intake.Core/Layout/HeaderGrammar.cs"] = "the grammar of column headers",
        ["src/Intake.Core/Layout/HeaderVocabulary.cs"] = "the words of column headers",
        ["src/Intake.Core/Catalog/ReportCatalog.cs"] = "list separators and the district's prefixes in names a report writes",
        ["src/Intake.Core/Quantities/QuantityParser.cs"] = "无, the word a cell writes for zero",
        ["src/Intake.Core/Quantities/UnitConverter.cs"] = "brackets and 单位： around the unit a header names",
        ["src/Intake.Core/Layout/LabelReader.cs"] = "amount words (次数, 长度) a header adds to an indicator's name",
        ["src/Intake.Core/Layout/TableReader.cs"] = "其中, the word that opens a breakdown row",
        ["src/Intake.Core/Layout/TableFinder.cs"] = "其中, the word that opens a breakdown column",
        ["src/Intake.Core/Layout/SheetLines.cs"] = "attachment marks (附件1, 表一) and 单位： lines above a table",
        ["src/Intake.Core/Layout/RowContext.cs"] = "the endings (镇, 街道, 局) that shape an org unit's name",
        ["src/Intake.Core/Layout/RowShape.cs"] = "the keys of metadata lines (填报单位, 报告期) and list numbering",
        ["src/Intake.Core/Metadata/ReporterText.cs"] = "the labels and title words (填报单位, 关于, 等) that name a reporter",
        ["src/Intake.Core/Metadata/ReportMetadataResolver.cs"] = "the words (自, 截至, 起) that date a figure rather than the period",
        ["src/Intake.Core/Metadata/ReportForm.cs"] = "version marks and period words read off a file name's form (报表 when it names none)",
        ["src/Intake.Bench/Workbooks/TidyWorkbook.cs"] = "synthetic input the bench generates",
        ["src/Intake.Bench/Workbooks/WideWorkbook.cs"] = "synthetic input the bench generates",
        ["src/Intake.Bench/BenchFiles.cs"] = "the names of the synthetic files the bench generates, which the reader reads reporter and period from",
    };

    [GeneratedRegex("\"[^\"\\n]*\\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex ChineseLiteral();

    private static IEnumerable<string> FilesWithChineseLiterals() => SourceFiles.Matching(ChineseLiteral(), Code, "src", "functions");

    // The rule is about literals: a comment that quotes the Chinese it explains (/// "排查管道（万米）" → 万米) is no output.
    private static string Code(string file) =>
        string.Join('\n', File.ReadLines(file).Where(line => !line.TrimStart().StartsWith("//", StringComparison.Ordinal)));

    [Fact]
    public void ChineseLiteralsLiveInTheCatalogueOrInReadingVocabulary()
    {
        var outside = FilesWithChineseLiterals()
            .Where(file => !file.StartsWith("src/Intake.Core/Messages/", StringComparison.Ordinal))
            .Where(file => !ReadingVocabulary.ContainsKey(file))
            .ToList();

        Assert.Empty(outside);
    }

    [Fact]
    public void TheVocabularyListNamesOnlyFilesThatStillHoldChineseLiterals()
    {
        var holding = FilesWithChineseLiterals().ToHashSet();

        var stale = ReadingVocabulary.Keys.Where(file => !holding.Contains(file)).ToList();

        Assert.Empty(stale);
    }

    [GeneratedRegex("(\\.Write(Line)?(Async)?\\(\\s*[$@]*\"[^\"\\n]*[A-Za-z\\p{IsCJKUnifiedIdeographs}]{2}|Description\\s*=\\s*[$@]*\"|Results\\.\\w+\\(\\s*[$@]*\")")]
    private static partial Regex SentenceLiteral();

    [Fact]
    public void ConsoleHelpAndHttpSentencesComeFromTheCatalogue()
    {
        var outside = SourceFiles.Matching(SentenceLiteral(), "src/Intake.Cli", "src/Intake.Web").ToList();

        Assert.Empty(outside);
    }

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Chinese();

    [Fact]
    public void ThePagesHtmlAndScriptsNameTheirWordsInsteadOfWritingThem()
    {
        var pages = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "src", "Intake.Web", "wwwroot"))
            .Where(file => Path.GetExtension(file) is ".html" or ".js")
            .ToList();

        Assert.NotEmpty(pages);
        Assert.Empty(pages.Where(file => Chinese().IsMatch(File.ReadAllText(file))).Select(Path.GetFileName));
    }

    [Fact]
    public void TheScansSeeASentenceWrittenAsALiteral()
    {
        Assert.Matches(ChineseLiteral(), "var title = $\"上街区{week}周报\";");
        Assert.Matches(SentenceLiteral(), "Console.WriteLine(\"stored the facts\");");
        Assert.Matches(SentenceLiteral(), "Description = \"the week to roll up\",");
        Assert.Matches(SentenceLiteral(), "Results.BadRequest(\"bad period\")");
        Assert.DoesNotMatch(SentenceLiteral(), "Console.WriteLine(MessageCatalog.Stored(count).Zh);");
    }
}
