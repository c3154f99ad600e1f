using Intake.Core.Periods;
using Intake.Core.Rollups;

namespace Intake.Core.Tests.Rollups;

public sealed class PeriodPartsTests
{
    [Theory]
    [InlineData("2022-W09", "2022-03", true)]
    [InlineData("2022-W09", "2022-02", false)]
    [InlineData("2022-W13", "2022-Q1", true)]
    [InlineData("2021-W52", "2022", false)]
    [InlineData("2021-W52", "2021-12", true)]
    [InlineData("2022-02-28", "2022-02", true)]
    [InlineData("2022-03", "2022-Q1", true)]
    [InlineData("2022-Q2", "2022", true)]
    [InlineData("2022-Q2", "2022-Q1", false)]
    public void AWeekCountsInTheMonthOfItsThursdayAndOtherPeriodsByTheirDays(string part, string whole, bool counts)
    {
        Assert.True(Period.TryParse(part, out var p));
        Assert.True(Period.TryParse(whole, out var w));

        Assert.Equal(counts, PeriodParts.CountsIn(p, w));
    }

    [Fact]
    public void AWeekTouchesTheMonthsQuartersAndYearsOfItsDays() =>
        Assert.Equal(
            ["2022", "2022-03", "2022-04", "2022-Q1", "2022-Q2"],
            PeriodParts.Touched(Period.Week(2022, 13)).Select(p => p.Code).Order(StringComparer.Ordinal));

    [Fact]
    public void ThePreviousPeriodStaysInTheYear()
    {
        Assert.Equal("2022-02", PeriodParts.PreviousInYear(Period.Month(2022, 3))?.Code);
        Assert.Null(PeriodParts.PreviousInYear(Period.Month(2022, 1)));
        Assert.Null(PeriodParts.PreviousInYear(Period.Week(2022, 1)));
        Assert.Equal("2022-W12", PeriodParts.PreviousInYear(Period.Week(2022, 13))?.Code);
    }
}
