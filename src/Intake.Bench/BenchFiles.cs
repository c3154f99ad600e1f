using Intake.Bench.Workbooks;

namespace Intake.Bench;

/// <summary>The generated workbooks a run measures, made once per size in the run's folder.</summary>
public sealed class BenchFiles(string folder)
{
    /// <summary>The file a benchmark names: <c>wide</c>, or a tidy workbook of that many rows.</summary>
    public string For(string workbook) =>
        workbook == "wide" ? Wide() : Tidy(int.Parse(workbook, System.Globalization.CultureInfo.InvariantCulture));

    public string Tidy(int rows) => Make($"区发改委各镇街历史数据-{rows}.xlsx", output => TidyWorkbook.Write(output, rows));

    public string Wide() => Make("区发改委2022年第13周万人助万企镇街周报.xlsx", WideWorkbook.Write);

    private string Make(string name, Action<Stream> write)
    {
        var path = Path.Combine(folder, name);
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(folder);
            using var output = File.Create(path);
            write(output);
        }

        return path;
    }
}
