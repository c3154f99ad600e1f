using Intake.Core.Catalog;
using Intake.Core.Periods;
using Intake.Core.Rollups;

namespace Intake.Core.Tests.Rollups;

public sealed class CompletenessBuilderTests
{
    private static readonly Period Week13 = Period.Week(2022, 13);

    // Monday 2022-04-04 12:00 in Shanghai is 04:00 UTC.
    private static readonly DateTimeOffset MondayNoon = new(2022, 4, 4, 4, 0, 0, TimeSpan.Zero);

    [Fact]
    public void TheDefaultDeadlineIsMondayNoonInShanghaiAfterTheWeek() =>
        Assert.Equal(MondayNoon, CompletenessBuilder.Deadline(Week13, new RollupOptions()));

    [Fact]
    public void TheDeadlineIsConfigurable() =>
        Assert.Equal(MondayNoon.AddDays(1).AddHours(6), CompletenessBuilder.Deadline(Week13, new RollupOptions { DeadlineAfterWeek = TimeSpan.FromHours(42) }));

    [Fact]
    public void EveryReporterThatReportsWeeklyIsExpectedAndTheOthersAreMissing()
    {
        var entries = Build(Receipt("cgj", "2022-W13", MondayNoon.AddHours(-30)));

        Assert.Equal(CatalogLoader.Default.ExpectedReporters.Select(u => u.Code), entries.Select(e => e.Reporter));
        Assert.All(entries, e => Assert.True(e.Expected));
        var cgj = Assert.Single(entries, e => e.Received);
        Assert.Equal(("cgj", true, "sub-cgj-2022-W13"), (cgj.Reporter, cgj.OnTime, cgj.SubmissionId));
        Assert.All(entries.Where(e => !e.Received), e => Assert.Equal((false, (DateTimeOffset?)null, (string?)null), (e.OnTime, e.SubmittedAt, e.SubmissionId)));
    }

    [Theory]
    [InlineData(-1, true)]
    [InlineData(0, true)]
    [InlineData(1, false)]
    public void OnTimeMeansReceivedByTheDeadline(int secondsAfterDeadline, bool onTime)
    {
        var entries = Build(Receipt("xiawo", "2022-W13", MondayNoon.AddSeconds(secondsAfterDeadline)));

        Assert.Equal(onTime, Assert.Single(entries, e => e.Reporter == "xiawo").OnTime);
    }

    [Fact]
    public void AReportOfADayInsideTheWeekCountsAndOtherWeeksDoNot()
    {
        var entries = Build(
            Receipt("xiawo", "2022-03-30", MondayNoon.AddDays(-5)),
            Receipt("jyj", "2022-04-04", MondayNoon.AddDays(-5)),
            Receipt("rsj", "2022-W12", MondayNoon.AddDays(-9)),
            Receipt("fgw", "2022-03", MondayNoon.AddDays(-5)));

        Assert.Equal(["xiawo"], entries.Where(e => e.Received).Select(e => e.Reporter.Value));
    }

    [Fact]
    public void TheFirstReportReceivedDecides()
    {
        var late = Receipt("cgj", "2022-W13", MondayNoon.AddDays(2)) with { SubmissionId = "correction" };
        var entries = Build(late, Receipt("cgj", "2022-W13", MondayNoon.AddDays(-1)));

        var cgj = Assert.Single(entries, e => e.Reporter == "cgj");
        Assert.Equal((true, MondayNoon.AddDays(-1), "sub-cgj-2022-W13"), (cgj.OnTime, cgj.SubmittedAt, cgj.SubmissionId));
    }

    [Fact]
    public void AReporterNotExpectedWeeklyIsListedWhenItReports()
    {
        var entries = Build(Receipt("shangjie", "2022-W13", MondayNoon));

        var district = Assert.Single(entries, e => e.Reporter == "shangjie");
        Assert.Equal((false, true), (district.Expected, district.Received));
    }

    private static IReadOnlyList<CompletenessEntry> Build(params ReportReceipt[] receipts) =>
        CompletenessBuilder.Build(CatalogLoader.Default, Week13, receipts);

    private static ReportReceipt Receipt(string reporter, string period, DateTimeOffset at) => new(new(reporter), period, $"sub-{reporter}-{period}", at);
}
