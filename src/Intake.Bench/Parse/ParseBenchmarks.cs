using BenchmarkDotNet.Attributes;
using Intake.Core.Catalog;
using Intake.Core.Metadata;
using Intake.Core.Reading;
using Intake.Core.Reports;

namespace Intake.Bench.Parse;

/// <summary><c>intake parse</c> beside the bare ExcelDataReader loop over the same generated file.</summary>
public class ParseBenchmarks
{
    private static readonly ReportParser Parser = new(CatalogLoader.Default, new ReadLimits());
    private string _file = string.Empty;

    /// <summary>The workbooks measured (<see cref="BenchFiles.Wide"/> as <c>wide</c>, tidy ones by row count), set by the runner.</summary>
    public static IReadOnlyList<string> Workbooks { get; set; } = ["wide", "1000", "10000", "100000", "200000"];

    /// <summary>The folder the generated files are in, set by the runner.</summary>
    public static string Folder { get; set; } = Path.GetTempPath();

    [ParamsSource(nameof(WorkbookValues))]
    public string Workbook { get; set; } = string.Empty;

    public static IEnumerable<string> WorkbookValues() => Workbooks;

    [GlobalSetup]
    public void Setup() => _file = new BenchFiles(Folder).For(Workbook);

    [Benchmark(Baseline = true, Description = "bare ExcelDataReader loop")]
    public long BareLoop() => BareReader.CountCells(_file);

    [Benchmark(Description = "intake parse")]
    public long IntakeParse() => ReadFacts(Parse(_file));

    /// <summary>
    /// Reads every fact of the result the way its consumers do (the JSON writer, the table writer): a result makes
    /// its facts as they are read, so the bench counts that work too.
    /// </summary>
    public static long ReadFacts(ParseResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        long characters = 0;
        foreach (var fact in result.Facts)
        {
            characters += fact.Cell.Length + fact.Raw.Length;
        }

        return characters;
    }

    /// <summary>What <c>intake parse</c> does with a file, storage aside.</summary>
    public static ParseResult Parse(string path)
    {
        using var stream = File.OpenRead(path);
        return Parser.Parse(stream, new ReportHints(Path.GetFileName(path)));
    }
}
