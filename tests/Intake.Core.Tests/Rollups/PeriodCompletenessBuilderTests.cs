using Intake.Core.Catalog;
using Intake.Core.Periods;
using Intake.Core.Rollups;

namespace Intake.Core.Tests.Rollups;

public sealed class PeriodCompletenessBuilderTests
{
    [Fact]
    public void CompletenessOverAQuarterCountsTheWeeksEachUnitReported()
    {
        var quarter = Period.Quarter(2022, 1);
        var weeks = PeriodParts.Weeks(quarter);
        var entries = weeks.SelectMany((w, i) => new[]
        {
            Entry(w, "xiawo", received: true, onTime: true),
            Entry(w, "cgj", received: i != 4, onTime: i is not (4 or 7)),
            Entry(w, "rsj", received: false, onTime: false),
        });

        var completeness = PeriodCompletenessBuilder.Build(CatalogLoader.Default, quarter, weeks, entries);

        Assert.Equal(13, weeks.Count);
        Assert.Equal((13, 13, 13, true), Of(completeness, "xiawo"));
        Assert.Equal((13, 12, 11, false), Of(completeness, "cgj"));
        Assert.Equal((13, 0, 0, false), Of(completeness, "rsj"));
        Assert.Equal(1, completeness.Single(c => c.Reporter == "cgj").WeeksLate);
        Assert.Equal(CatalogLoader.Default.ExpectedReporters.Count(), completeness.Count);
    }

    [Fact]
    public void OnlyTheWeeksThatEndedAreCounted()
    {
        var quarter = Period.Quarter(2022, 2);
        var ended = PeriodParts.Weeks(quarter).Take(3).ToList();
        var entries = PeriodParts.Weeks(quarter).Select(w => Entry(w, "xiawo", received: true, onTime: true));

        var completeness = PeriodCompletenessBuilder.Build(CatalogLoader.Default, quarter, ended, entries);

        Assert.Equal((3, 3, 3, true), Of(completeness, "xiawo"));
    }

    private static (int, int, int, bool) Of(IReadOnlyList<PeriodCompleteness> completeness, string reporter)
    {
        var row = completeness.Single(c => c.Reporter == reporter);
        return (row.Weeks, row.WeeksReceived, row.WeeksOnTime, row.Complete);
    }

    private static CompletenessEntry Entry(Period week, string reporter, bool received, bool onTime) =>
        new(week.Code, new(reporter), true, received, onTime, received ? DateTimeOffset.UnixEpoch : null, received ? "s-" + week.Code : null);
}
