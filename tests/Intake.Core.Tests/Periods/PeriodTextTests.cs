using Intake.Core.Periods;

namespace Intake.Core.Tests.Periods;

public sealed partial class PeriodTextTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("城管局周报")]
    [InlineData("本周完成路灯维修2000余盏")]
    public void ATextWithoutAPeriodGivesNoMatch(string? text) =>
        Assert.Empty(PeriodText.FindAll(text));

    [Fact]
    public void AMatchPointsAtTheExpressionInTheText()
    {
        var match = Assert.Single(PeriodText.FindAll("报告期：2022年第13周"));

        Assert.Equal(new PeriodMatch(Period.Week(2022, 13), PeriodSource.Explicit, 4, 9), match);
    }

    [Fact]
    public void AMatchPointsIntoTheTextAsGivenNotAsNormalized()
    {
        // ㋂ is one char that NFKC spells 3月.
        var match = Assert.Single(PeriodText.FindAll("报告期：２０２２年㋂份"));

        Assert.Equal(new PeriodMatch(Period.Month(2022, 3), PeriodSource.Explicit, 4, 6), match);
    }

    [Fact]
    public void AMatchLeavesOutTheSpacesAroundIt()
    {
        var match = Assert.Single(PeriodText.FindAll("  2022年  "));

        Assert.Equal((2, 5), (match.Index, match.Length));
    }

    [Fact]
    public void EveryPeriodInTheTextIsFoundInOrder()
    {
        var matches = PeriodText.FindAll("2022年第13周 对比 2022年第12周 及 2022年3月");

        Assert.Equal(["2022-W13", "2022-W12", "2022-03"], matches.Select(m => m.Period.Code));
    }

    [Fact]
    public void APeriodWrittenTwiceIsFoundOnce()
    {
        var match = Assert.Single(PeriodText.FindAll("2022年第13周（2022年3月28日-4月3日）"));

        Assert.Equal((Period.Week(2022, 13), 0), (match.Period, match.Index));
    }

    [Theory]
    [InlineData("填报日期：2022年4月1日")]
    [InlineData("填报日期:2022年4月1日")]
    [InlineData("填报日期 2022年4月1日")]
    [InlineData("填报日期2022-04-01")]
    [InlineData("报送日期：2022/4/1")]
    [InlineData("填表日期：2022.4.1")]
    [InlineData("报告日期：2022年4月1日")]
    [InlineData("日期：2022年4月1日")]
    [InlineData("统计日期：2022年3月28日")]
    [InlineData("填报日期 ： 2022年4月3日")]
    [InlineData("填报日期：２０２２年４月１日")]
    public void ADateAfterAFilingLabelStandsForItsIsoWeek(string text)
    {
        var match = Assert.Single(PeriodText.FindAll(text));

        Assert.Equal((Period.Week(2022, 13), PeriodSource.FilingDate), (match.Period, match.Kind));
    }

    [Fact]
    public void AFilingDateMatchCoversTheDateOnly()
    {
        var match = Assert.Single(PeriodText.FindAll("填报日期：2022年4月1日"));

        Assert.Equal((5, 9), (match.Index, match.Length));
    }

    [Fact]
    public void AFilingDateEarlyInJanuaryBelongsToTheLastWeekOfTheYearBefore() =>
        Assert.Equal("2021-W52", Assert.Single(PeriodText.FindAll("填报日期：2022年1月2日")).Period.Code);

    [Fact]
    public void AFilingDateWithoutItsYearTakesTheDefaultYear()
    {
        var match = Assert.Single(PeriodText.FindAll("填报日期：4月1日", defaultYear: 2022));

        Assert.Equal((Period.Week(2022, 13), PeriodSource.FilingDate), (match.Period, match.Kind));
    }

    [Fact]
    public void ADateAfterAPlainDateWordWithoutColonIsTheDayItself()
    {
        var match = Assert.Single(PeriodText.FindAll("日期 2022年4月1日"));

        Assert.Equal((Period.Day(new DateOnly(2022, 4, 1)), PeriodSource.Explicit), (match.Period, match.Kind));
    }

    [Theory]
    [InlineData("填报日期：2022年3月28日-4月3日")]
    [InlineData("填报日期：2022年第13周")]
    public void APeriodAfterAFilingLabelIsStillExplicit(string text)
    {
        var match = Assert.Single(PeriodText.FindAll(text));

        Assert.Equal((Period.Week(2022, 13), PeriodSource.Explicit), (match.Period, match.Kind));
    }

    [Fact]
    public void AnExplicitPeriodAndAFilingDateAreBothReportedForTheCallerToWeigh()
    {
        var matches = PeriodText.FindAll("报告期：2022年第12周 填报日期：2022年4月1日");

        Assert.Equal(
            [(Period.Week(2022, 12), PeriodSource.Explicit), (Period.Week(2022, 13), PeriodSource.FilingDate)],
            matches.Select(m => (m.Period, m.Kind)));
    }

    [Fact]
    public void TheSameWeekGivenExplicitlyAndByFilingDateIsReportedOncePerSource() =>
        Assert.Equal(2, PeriodText.FindAll("2022年第13周 填报日期：2022年4月1日 填报日期：2022年4月2日").Count);

    private static string Code(string text, int? defaultYear = null)
    {
        var match = Assert.Single(PeriodText.FindAll(text, defaultYear));
        Assert.Equal(PeriodSource.Explicit, match.Kind);
        return match.Period.Code;
    }
}
