using Intake.Storage.Tables;

namespace Intake.Adapters.Tests.Storage;

public sealed class PeriodListTests
{
    [Fact]
    public void RunsOfPeriodsAreWrittenAsRangesAndReadBackWhole()
    {
        var days = Enumerable.Range(0, 4000).Select(d => new DateOnly(2015, 1, 1).AddDays(d).ToString("yyyy-MM-dd")).ToList();
        string[] others = ["2022-W13", "2022-W14", "2022-W16", "2022-Q1"];

        var list = PeriodList.Compact(days.Concat(others).Reverse());

        Assert.Equal("2015-01-01..2025-12-13,2022-W13..2022-W14,2022-W16,2022-Q1", list);
        Assert.Equal(days.Concat(others).Order(), PeriodList.Expand(list).Order());
    }
}
