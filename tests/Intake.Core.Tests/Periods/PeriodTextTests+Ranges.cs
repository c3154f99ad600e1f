using Intake.Core.Periods;

namespace Intake.Core.Tests.Periods;

public sealed partial class PeriodTextTests
{
    [Theory]
    [InlineData("2022年3月21日-3月27日", "2022-W12")]
    [InlineData("2022年3月21日至27日", "2022-W12")]
    [InlineData("2022年3月21日至27号", "2022-W12")]
    [InlineData("2022年3月21日到3月27日", "2022-W12")]
    [InlineData("2022年3月21-27日", "2022-W12")]
    [InlineData("2022年3月21日 - 3月27日", "2022-W12")]
    [InlineData("2022年3月21日——3月27日", "2022-W12")]
    [InlineData("2022年3月21日～3月27日", "2022-W12")]
    [InlineData("2022年3月21日〜3月27日", "2022-W12")]
    [InlineData("2022年3月21日–3月27日", "2022-W12")]
    [InlineData("2022年3月21日-2022年3月27日", "2022-W12")]
    [InlineData("2022年三月二十一日至二十七日", "2022-W12")]
    [InlineData("２０２２年３月２１日－３月２７日", "2022-W12")]
    [InlineData("2022.3.21-2022.3.27", "2022-W12")]
    [InlineData("2022.3.21-3.27", "2022-W12")]
    [InlineData("2022/03/21~2022/03/27", "2022-W12")]
    [InlineData("2022/3/21-3/27", "2022-W12")]
    [InlineData("2022-3-21~3-27", "2022-W12")]
    [InlineData("2022-03-28-04-03", "2022-W13")]
    [InlineData("2022-03-21至2022-03-27", "2022-W12")]
    [InlineData("2022-03-21-2022-03-27", "2022-W12")]
    [InlineData("2022年3月28日—4月3日", "2022-W13")]
    [InlineData("2022年3月28日至4月3日", "2022-W13")]
    [InlineData("2022年3月28日至3日", "2022-W13")]
    [InlineData("报告期：2022年3月28日-4月3日", "2022-W13")]
    [InlineData("2021年12月27日-2022年1月2日", "2021-W52")]
    [InlineData("2021年12月27日-1月2日", "2021-W52")]
    [InlineData("2021.12.27-2022.1.2", "2021-W52")]
    [InlineData("2020年12月28日-2021年1月3日", "2020-W53")]
    public void ARangeOfOneIsoWeekIsThatWeek(string text, string code) =>
        Assert.Equal(code, Code(text));

    [Theory]
    [InlineData("2022年3月1日-3月31日", "2022-03")]
    [InlineData("2022年2月1日至28日", "2022-02")]
    [InlineData("2024年2月1日至29日", "2024-02")]
    [InlineData("2022.12.1-2022.12.31", "2022-12")]
    [InlineData("2022年1月1日-3月31日", "2022-Q1")]
    [InlineData("2022年4月1日至6月30日", "2022-Q2")]
    [InlineData("2022年10月1日-12月31日", "2022-Q4")]
    [InlineData("2022年1月1日-12月31日", "2022")]
    [InlineData("2022年3月28日-3月28日", "2022-03-28")]
    [InlineData("2022年3月28日至28日", "2022-03-28")]
    public void ARangeOfExactlyOneCalendarPeriodIsThatPeriod(string text, string code) =>
        Assert.Equal(code, Code(text));

    [Theory]
    [InlineData("2022年3月21日-3月26日")]
    [InlineData("2022年3月22日-3月28日")]
    [InlineData("2022年3月21日-4月3日")]
    [InlineData("2022年3月27日-2022年3月21日")]
    [InlineData("2022年3月2日-3月31日")]
    [InlineData("2022年1月1日-2月28日")]
    [InlineData("2022年2月1日-4月30日")]
    [InlineData("2022年2月30日-3月6日")]
    [InlineData("2022年3月21日-3月32日")]
    [InlineData("2022.3.21-2022.3.26")]
    [InlineData("2021年12月27日-2023年1月1日")]
    public void ARangeThatIsNoSinglePeriodIsNoMatch(string text)
    {
        Assert.Empty(PeriodText.FindAll(text));
        Assert.Empty(PeriodText.FindAll(text, defaultYear: 2022));
    }

    [Theory]
    [InlineData("3月21日-3月27日", 2022, "2022-W12")]
    [InlineData("3月21日至27日", 2022, "2022-W12")]
    [InlineData("3月21-27日", 2022, "2022-W12")]
    [InlineData("3月28日至4月3日", 2022, "2022-W13")]
    [InlineData("（3月28日—4月3日）", 2022, "2022-W13")]
    [InlineData("12月27日-1月2日", 2021, "2021-W52")]
    [InlineData("3月1日-3月31日", 2022, "2022-03")]
    public void ARangeWithoutYearTakesTheDefaultYear(string text, int defaultYear, string code) =>
        Assert.Equal(code, Code(text, defaultYear));

    [Fact]
    public void ARangeWithoutYearOrDefaultYearIsNoMatch() =>
        Assert.Empty(PeriodText.FindAll("3月21日-3月27日"));

    [Fact]
    public void ARangeFromASingleDateIsNotReadOnceTheSeparatorLeadsNowhere() =>
        Assert.Equal("2022-03-28", Code("2022年3月28日-城管局"));
}
