using System.Xml.Linq;
using Intake.Bench;
using Intake.Bench.Parse;
using Intake.Bench.Reporting;
using Intake.Bench.Rollup;
using Intake.Bench.Store;

namespace Intake.Adapters.Tests.Bench;

public sealed class BenchReportTests
{
    private static readonly BenchResults Results = new(
        new MachineDescription("Test CPU", 2, 24L << 30, "Linux", ".NET 10"),
        [
            new ParseMeasurement("wide", 0, TimeSpan.FromMilliseconds(2), TimeSpan.FromMilliseconds(3), 40 << 20, 45 << 20, 1 << 20),
            new ParseMeasurement("20000", 20_000, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1.4), 50 << 20, 60 << 20, 30 << 20),
            new ParseMeasurement("200000", 200_000, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(3), 52 << 20, 90 << 20, 300 << 20),
        ],
        [new StoreMeasurement(10_000, 10_000, TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(7), TimeSpan.FromSeconds(1))],
        [new RollupMeasurement("2024-W20", 1_000_000, 5_000, 75, TimeSpan.FromSeconds(120), TimeSpan.FromSeconds(20), 1_000_000, TimeSpan.FromSeconds(25), 600, 30, 10 << 20, 800 << 20, 2000 << 20)]);

    [Fact]
    public void TheTableGivesEachCostBesideItsBaselineAsARatioAndNamesTheMachine()
    {
        var table = BenchReport.Table(Results);

        Assert.Contains("Test CPU, 2 cores, 24 GiB", table, StringComparison.Ordinal);
        Assert.Contains("| tidy, 200,000 rows | 2.000 s | 3.000 s | 1.50× | 52 MB | 90 MB | 300 MB |", table, StringComparison.Ordinal);
        Assert.Contains("Peak memory at 200,000 rows is 1.50× the peak at 20,000 rows.", table, StringComparison.Ordinal);
        Assert.Contains("| 10,000 | 4.000 s | 7.000 s | 1.000 s | 6.000 s | 1.50× |", table, StringComparison.Ordinal);
        Assert.Contains("| 2024-W20 | 1,000,000 | 75 | 20.000 s | 25.000 s | 1.25× | 10 MB | 800 MB | 2000 MB | 600 |", table, StringComparison.Ordinal);
    }

    [Fact]
    public void ThePlotIsAnSvgWithBothSeriesOnBothCharts()
    {
        var svg = XDocument.Parse(GrowthPlot.Svg(Results.Parse.Where(p => p.Rows > 0).ToList(), Results.Rollup));

        XNamespace ns = "http://www.w3.org/2000/svg";
        Assert.Equal(4, svg.Descendants(ns + "polyline").Count());
        Assert.All(svg.Descendants(ns + "polyline"), line => Assert.Equal(2, line.Attribute("points")!.Value.Split(' ').Length));
        Assert.Contains(svg.Descendants(ns + "text"), t => t.Value == "week rollup beside the bare read (s)");
        Assert.Contains(svg.Descendants(ns + "text"), t => t.Value == "25");
    }
}
