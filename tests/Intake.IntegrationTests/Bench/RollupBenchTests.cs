using Intake.Bench;
using Intake.Bench.Reporting;
using Intake.Bench.Rollup;
using Intake.Core.Periods;
using Intake.Core.Reports;
using Intake.IntegrationTests.Support;
using Intake.Storage.Rollups;
using Intake.Storage.Tables;

namespace Intake.IntegrationTests.Bench;

[Collection(AzuriteCollection.Name)]
public sealed class RollupBenchTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task TheRollupCaseSeedsCurrentFactsRollsTheWeekUpAndReadsExactlyThemBare()
    {
        // A week no other test writes, nor any within the rollup's lookback before it.
        var week = Period.Week(2004, 20);

        var measured = await new RollupComparison(azurite.ConnectionString).MeasureAsync(2_000, week);

        Assert.Equal(2_000, measured.Facts);
        Assert.Equal(2_000, measured.BareEntities);
        Assert.True(measured.Partitions >= 8, $"{measured.Partitions} partitions");
        Assert.True(measured.BareRead > TimeSpan.Zero && measured.Rollup > TimeSpan.Zero);
        Assert.True(measured.RollupAllocatedBytes > 0);

        // The seeded facts are current: the reader the rollup uses sees every one of them.
        var reader = new CurrentFactReader(azurite.Storage);
        var current = 0;
        foreach (var period in Enumerable.Range(0, 7).Select(d => Period.Day(week.Start.AddDays(d)).Code).Append(week.Code))
        {
            current += (await reader.ReadAsync(period)).Count;
        }

        Assert.Equal(2_000, current);

        // The rollup wrote the week's rows, a district row among them, and what the measurement says it wrote.
        var stored = await new WeeklyReportReader(azurite.Storage).ReadAsync(week);
        Assert.Equal(measured.RollupRows, stored.Rollups.Count);
        Assert.Contains(stored.Rollups, r => r.OrgUnit == "shangjie" && r.Measure == Measure.Period);
        Assert.Equal(measured.Reconciliations, stored.Reconciliations.Count);
        Assert.Contains(stored.Completeness, c => c.Expected && c.Received);

        var results = new BenchResults(MachineDescription.Current(), [], [], [measured]);
        var table = BenchReport.Table(results);
        Assert.Contains($"| {week.Code} | 2,000 | {measured.Partitions} |", table, StringComparison.Ordinal);
        Assert.Contains("the bare read found 2,000 rows", table, StringComparison.Ordinal);
    }
}
