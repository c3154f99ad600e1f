using System.Globalization;
using System.Text;

namespace Intake.Bench.Reporting;

/// <summary>Writes a run's table (<c>performance.md</c>) and plot (<c>performance.svg</c>) into the output folder.</summary>
public static class BenchReport
{
    public const string TableFile = "performance.md";
    public const string PlotFile = "performance.svg";

    public static void Write(string folder, BenchResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, TableFile), Table(results));
        File.WriteAllText(Path.Combine(folder, PlotFile), GrowthPlot.Svg(results.Parse.Where(p => p.Rows > 0).OrderBy(p => p.Rows).ToList(), results.Rollup));
    }

    public static string Table(BenchResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var m = results.Machine;
        var text = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"Machine: {m.Processor}, {m.Cores} cores, {m.MemoryBytes / (1024 * 1024 * 1024.0):0.#} GiB, {m.OperatingSystem}, {m.Runtime}.")
            .AppendLine();
        AppendTable(text, ["workbook", "bare ExcelDataReader loop", "intake parse", "ratio", "bare peak", "intake peak", "intake allocated"], results.Parse,
            p => [p.Rows == 0 ? "wide report" : Invariant($"tidy, {p.Rows:N0} rows"), Seconds(p.Bare), Seconds(p.Intake), Ratio(p.Ratio),
                Megabytes(p.BarePeakBytes), Megabytes(p.IntakePeakBytes), Megabytes(p.IntakeAllocatedBytes)]);

        // How the peak grows with ten times the rows: the largest size beside the one nearest a tenth of it.
        if (results.Parse.Where(p => p.Rows > 0).OrderBy(p => p.Rows).ToList() is [_, .., var largest] sizes)
        {
            var tenth = sizes.SkipLast(1).MinBy(p => Math.Abs(Math.Log10(p.Rows * 10.0 / largest.Rows)))!;
            text.AppendLine()
                .AppendLine(CultureInfo.InvariantCulture,
                    $"Peak memory at {largest.Rows:N0} rows is {largest.IntakePeakBytes / (double)tenth.IntakePeakBytes:0.00}× the peak at {tenth.Rows:N0} rows.");
        }

        text.AppendLine();
        AppendTable(text, ["facts", "bare batch upsert", "intake ingest", "of which parse", "ingest writes", "ratio (writes / bare)"], results.Store,
            s => [Invariant($"{s.Entities:N0}"), Seconds(s.BareUpsert), Seconds(s.Ingest), Seconds(s.Parse), Seconds(s.IngestWrites), Ratio(s.Ratio)],
            firstColumnRight: true);

        if (results.Rollup.Count > 0)
        {
            text.AppendLine();
            AppendTable(text, ["rolled-up week", "facts", "partitions read", "bare read", "intake rollup", "ratio (rollup / bare)", "bare heap peak", "rollup heap peak", "rollup allocated", "rollup rows"], results.Rollup,
                r => [r.Week, Invariant($"{r.Facts:N0}"), Invariant($"{r.Partitions}"), Seconds(r.BareRead), Seconds(r.Rollup), Ratio(r.Ratio),
                    Megabytes(r.BarePeakBytes), Megabytes(r.RollupPeakBytes), Megabytes(r.RollupAllocatedBytes), Invariant($"{r.RollupRows:N0}")]);

            text.AppendLine()
                .AppendLine(string.Join(' ', results.Rollup.Select(r => string.Create(CultureInfo.InvariantCulture,
                    $"{r.Week}: {r.Facts:N0} current facts in {r.Submissions:N0} submissions, seeded in {Seconds(r.Seed)} (setup, not measured); the bare read found {r.BareEntities:N0} rows; the rollup wrote {r.RollupRows:N0} rollup rows and {r.Reconciliations:N0} reconciliation items."))))
                .AppendLine("Heap peaks are the managed heap's sampled high point above its level before the operation, in the bench process; allocated is what the rollup allocated.");
        }

        return text.ToString();
    }

    /// <summary>A Markdown table: a header row, the alignment row (the first column left unless told, the others right), a row per item.</summary>
    private static void AppendTable<T>(StringBuilder text, string[] header, IEnumerable<T> items, Func<T, string[]> cells, bool firstColumnRight = false)
    {
        text.AppendLine($"| {string.Join(" | ", header)} |")
            .AppendLine($"|{(firstColumnRight ? "---:" : "---")}|{string.Concat(Enumerable.Repeat("---:|", header.Length - 1))}");
        foreach (var item in items)
        {
            text.AppendLine($"| {string.Join(" | ", cells(item))} |");
        }
    }

    private static string Invariant(FormattableString value) => FormattableString.Invariant(value);

    private static string Ratio(double ratio) => Invariant($"{ratio:0.00}×");

    private static string Seconds(TimeSpan time) => time.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture) + " s";

    private static string Megabytes(long bytes) => (bytes / (1024.0 * 1024)).ToString("0", CultureInfo.InvariantCulture) + " MB";
}
