namespace Intake.Bench;

/// <summary>What <c>intake bench</c> measures, and where it writes.</summary>
public sealed class BenchOptions
{
    /// <summary>
    /// Tidy workbook sizes read by both parsers. Default 1k, 10k, 20k, 100k and 200k rows (plus the wide report):
    /// 20k beside 200k shows how the peak grows with ten times the rows.
    /// </summary>
    public IReadOnlyList<int> ParseRows { get; set; } = [1_000, 10_000, 20_000, 100_000, 200_000];

    /// <summary>Tidy workbook sizes stored both ways. Default 10k and 200k rows: the 200k-row file is issue 10's.</summary>
    public IReadOnlyList<int> StoreRows { get; set; } = [10_000, 200_000];

    /// <summary>
    /// Current facts seeded into one ISO week, then rolled up beside a bare read of the partitions the rollup reads.
    /// Default 1,000,000, as issue 10 asks: the longest case of a run, since Azurite answers each page of a query
    /// by scanning the table and sorting what matches (docs/performance.md). 0 skips the case.
    /// </summary>
    public int RollupFacts { get; set; } = 1_000_000;

    /// <summary>Measured iterations per parse case (after one warm-up). Default 3.</summary>
    public int Iterations { get; set; } = 3;

    /// <summary>Folder for the generated files, BenchmarkDotNet's artifacts, the table and the plot. Default <c>bench-results</c>.</summary>
    public string Output { get; set; } = "bench-results";
}
