using Intake.Core.Periods;
using Intake.Core.Rollups;

namespace Intake.Core.Tests.Rollups;

public sealed class RollupWindowTests
{
    [Fact]
    public void AWeekWithoutLookbackReadsItselfItsDaysAndThePeriodsEndingInIt() =>
        Assert.Equal(
            ["2022-03-28", "2022-03-29", "2022-03-30", "2022-03-31", "2022-03", "2022-Q1", "2022-04-01", "2022-04-02", "2022-04-03", "2022-W13"],
            RollupWindow.Periods(Period.Week(2022, 13), 0));

    [Fact]
    public void LookbackAddsThePreviousWeeksAndTheirDays()
    {
        var periods = RollupWindow.Periods(Period.Week(2022, 13), 1);

        Assert.Equal(18, periods.Count);
        Assert.Contains("2022-W12", periods);
        Assert.Contains("2022-03-21", periods);
        Assert.DoesNotContain("2022-W11", periods);
        Assert.DoesNotContain("2022-04", periods);
    }

    [Fact]
    public void AYearEndWeekReadsTheOldYearsMonthQuarterAndYear()
    {
        var periods = RollupWindow.Periods(Period.Week(2020, 53), 0);

        Assert.Equal(["2020-12", "2020-Q4", "2020", "2021-01-01", "2021-01-02", "2021-01-03", "2020-W53"], periods.Skip(4));
    }

    [Fact]
    public void APeriodFeedsTheWeekItEndsInAndTheLookbackWeeksAfter() =>
        Assert.Equal(["2021-W52", "2022-W01", "2022-W02"], RollupWindow.WeeksFedBy(Period.Day(new DateOnly(2022, 1, 1)), 2).Select(w => w.Code));

    [Fact]
    public void ALateReportMarksOnlyTheEndedWeeksItsPeriodsFeedEachOnce()
    {
        // W12's facts feed W12 and W13 (one lookback week), the 2022-03-30 day feeds W13 and W14, March feeds W13 and
        // W14; with W13 the last week that ended, W14 is left to the timer's own run.
        var weeks = RollupWindow.EndedWeeksFedBy(["2022-W12", "2022-03-30", "2022-03", "2022-W12"], Period.Week(2022, 13), 1);

        Assert.Equal(["2022-W12", "2022-W13"], weeks.Select(w => w.Code));
    }

    [Fact]
    public void AReportForAWeekNotYetEndedMarksNothingAndACodeThatIsNoPeriodFeedsNothing()
    {
        Assert.Empty(RollupWindow.EndedWeeksFedBy(["2022-W14", "not-a-period"], Period.Week(2022, 13), 2));
        Assert.Equal(["2022-W10", "2022-W11", "2022-W12", "2022-W13"], RollupWindow.EndedWeeksFedBy(["2022-W10"], Period.Week(2022, 13), 3).Select(w => w.Code));
    }
}
