using Intake.Core.Periods;

namespace Intake.Core.Tests.Periods;

public sealed class YearToDateTests
{
    [Theory]
    [InlineData(3, false, "2022-W13", null)]
    [InlineData(2, false, "2022-W13", "2022-02")]
    [InlineData(6, false, "2022-W13", null)]
    [InlineData(2, false, "2022-Q1", "2022-02")]
    [InlineData(3, true, "2022-Q1", null)]
    [InlineData(3, true, "2022", "2022-Q1")]
    [InlineData(9, true, "2022", "2022-Q3")]
    [InlineData(3, false, "2022-03-31", null)]
    [InlineData(2, false, "2022-03", "2022-02")]
    public void ASpanReachingTheReportsLastDaysIsTheReportsOwnFigure(int endMonth, bool byQuarter, string report, string? dated)
    {
        Assert.True(Period.TryParse(report, out var period));

        Assert.Equal(dated, new YearToDate(endMonth, byQuarter).DatedBy(period)?.Code);
    }
}
