using Intake.Core.Periods;

namespace Intake.Core.Tests.Periods;

public sealed partial class PeriodTextTests
{
    [Theory]
    [InlineData("2022年3月", "2022-03")]
    [InlineData("2022年03月", "2022-03")]
    [InlineData("2022年3月份", "2022-03")]
    [InlineData("2022 年 3 月", "2022-03")]
    [InlineData("2022年三月", "2022-03")]
    [InlineData("2022年十二月", "2022-12")]
    [InlineData("二〇二二年三月", "2022-03")]
    [InlineData("2022-03", "2022-03")]
    [InlineData("2022-3", "2022-03")]
    [InlineData("2022/03", "2022-03")]
    [InlineData("2022-03.xlsx", "2022-03")]
    [InlineData("2022年3月底前新开工", "2022-03")]
    [InlineData("2022年3月5个乡镇", "2022-03")]
    public void AYearAndMonthIsTheMonth(string text, string code) =>
        Assert.Equal(code, Code(text));

    [Theory]
    [InlineData("2022年1-3月", "2022-Q1")]
    [InlineData("2022年4-6月", "2022-Q2")]
    [InlineData("2022年7-9月", "2022-Q3")]
    [InlineData("2022年10-12月", "2022-Q4")]
    [InlineData("2022年1月-3月", "2022-Q1")]
    [InlineData("2022年1月至3月", "2022-Q1")]
    [InlineData("2022年一至三月", "2022-Q1")]
    [InlineData("2022年1月-2022年3月", "2022-Q1")]
    [InlineData("2022年1-12月", "2022")]
    [InlineData("2022年3-3月", "2022-03")]
    public void ASpanOfMonthsThatIsOneQuarterOrYearIsThatPeriod(string text, string code) =>
        Assert.Equal(code, Code(text));

    [Theory]
    [InlineData("2022年1-2月")]
    [InlineData("2022年2-4月")]
    [InlineData("2022年1-6月")]
    [InlineData("2022年11月-2023年1月")]
    [InlineData("2022年3-1月")]
    [InlineData("2022年13月")]
    [InlineData("2022年0月")]
    [InlineData("2022-13")]
    [InlineData("2022-00")]
    [InlineData("2022.03")]
    [InlineData("2022年1-13月")]
    public void AMonthOrSpanOfMonthsThatIsNoPeriodIsNoMatch(string text) =>
        Assert.Empty(PeriodText.FindAll(text));

    [Theory]
    [InlineData("2022年第一季度", "2022-Q1")]
    [InlineData("2022年一季度", "2022-Q1")]
    [InlineData("2022年1季度", "2022-Q1")]
    [InlineData("2022年第1季度", "2022-Q1")]
    [InlineData("2022年第一季", "2022-Q1")]
    [InlineData("2022年度第二季度", "2022-Q2")]
    [InlineData("2022年第三季度", "2022-Q3")]
    [InlineData("2022年四季度", "2022-Q4")]
    [InlineData("2022Q1", "2022-Q1")]
    [InlineData("2022q2", "2022-Q2")]
    [InlineData("2022-Q3", "2022-Q3")]
    [InlineData("2022 Q4", "2022-Q4")]
    [InlineData("２０２２年第一季度", "2022-Q1")]
    [InlineData("二〇二二年一季度", "2022-Q1")]
    public void AQuarterNamesTheQuarter(string text, string code) =>
        Assert.Equal(code, Code(text));

    [Theory]
    [InlineData("一季度", "2022-Q1")]
    [InlineData("第一季度", "2022-Q1")]
    [InlineData("第二季", "2022-Q2")]
    [InlineData("3季度", "2022-Q3")]
    [InlineData("第4季度", "2022-Q4")]
    [InlineData("力促辖区经济实现首季开门红，一季度完成投资", "2022-Q1")]
    public void AQuarterWithoutYearTakesTheDefaultYear(string text, string code) =>
        Assert.Equal(code, Code(text, defaultYear: 2022));

    [Theory]
    [InlineData("2022年第五季度", null)]
    [InlineData("2022年第0季度", null)]
    [InlineData("2022Q5", null)]
    [InlineData("2022-Q0", null)]
    [InlineData("2022Q12", null)]
    [InlineData("2022年一至二季度", null)]
    [InlineData("2022年第一季度至第二季度", null)]
    [InlineData("一季度", null)]
    [InlineData("十一季度", 2022)]
    [InlineData("一季", 2022)]
    [InlineData("四季青", 2022)]
    [InlineData("一季度至二季度", 2022)]
    [InlineData("第一季度-第二季度", 2022)]
    public void AQuarterThatIsNotOneIsNoMatch(string text, int? defaultYear) =>
        Assert.Empty(PeriodText.FindAll(text, defaultYear));

    [Theory]
    [InlineData("2022年", "2022")]
    [InlineData("2022年度", "2022")]
    [InlineData("2022年度工作总结", "2022")]
    [InlineData("2022年工作要点", "2022")]
    [InlineData("截至2022年底", "2022")]
    [InlineData("2022年5000万元", "2022")]
    [InlineData("2022 年", "2022")]
    [InlineData("二〇二二年", "2022")]
    [InlineData("二零二二年度", "2022")]
    public void AYearNotNarrowedByWhatFollowsIsTheYear(string text, string code) =>
        Assert.Equal(code, Code(text));

    [Theory]
    [InlineData("2022")]
    [InlineData("共2022件")]
    [InlineData("2022年上半年")]
    [InlineData("2022年下半年")]
    [InlineData("2022年前三季度")]
    [InlineData("2022年前")]
    [InlineData("二〇二二")]
    [InlineData("二二〇二二年")]
    [InlineData("1800年")]
    [InlineData("5000年")]
    [InlineData("12022年")]
    public void ABareNumberOrHalfYearIsNoMatch(string text) =>
        Assert.Empty(PeriodText.FindAll(text));

    [Theory]
    [InlineData("2022年3月28日", "2022-03-28")]
    [InlineData("2022年3月28号", "2022-03-28")]
    [InlineData("2022年3月28", "2022-03-28")]
    [InlineData("2022年3月28 城管局", "2022-03-28")]
    [InlineData("2022年 3 月 28 日", "2022-03-28")]
    [InlineData("2022年三月二十八日", "2022-03-28")]
    [InlineData("2022-03-28", "2022-03-28")]
    [InlineData("2022-3-8", "2022-03-08")]
    [InlineData("2022/3/28", "2022-03-28")]
    [InlineData("2022.3.28", "2022-03-28")]
    [InlineData("2022-03-28T10:00", "2022-03-28")]
    [InlineData("２０２２－０３－２８", "2022-03-28")]
    [InlineData("2024年2月29日", "2024-02-29")]
    public void ADateIsThatDay(string text, string code) =>
        Assert.Equal(code, Code(text));

    [Theory]
    [InlineData("2022年2月29日")]
    [InlineData("2022年4月31日")]
    [InlineData("2022年3月0日")]
    [InlineData("2022-02-30")]
    [InlineData("2022-03-32")]
    [InlineData("2022-03-281")]
    [InlineData("2022-13-01")]
    public void ADateThatDoesNotExistIsNoMatch(string text) =>
        Assert.Empty(PeriodText.FindAll(text));

    [Theory]
    [InlineData("3月28日", "2022-03-28")]
    [InlineData("三月二十八日", "2022-03-28")]
    [InlineData("截至3月28日", "2022-03-28")]
    public void ADateWithoutYearTakesTheDefaultYear(string text, string code) =>
        Assert.Equal(code, Code(text, defaultYear: 2022));

    [Theory]
    [InlineData("3月")]
    [InlineData("3月份")]
    [InlineData("1-3月")]
    [InlineData("1800年3月28日")]
    public void AMonthWithoutYearIsNoMatchEvenWithADefaultYear(string text) =>
        Assert.Empty(PeriodText.FindAll(text, defaultYear: 2022));
}
