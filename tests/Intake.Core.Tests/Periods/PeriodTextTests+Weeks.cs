using Intake.Core.Periods;

namespace Intake.Core.Tests.Periods;

public sealed partial class PeriodTextTests
{
    [Theory]
    [InlineData("2022年第13周", "2022-W13")]
    [InlineData("2022年度第13周", "2022-W13")]
    [InlineData("2022年第十三周", "2022-W13")]
    [InlineData("2022年第一十三周", "2022-W13")]
    [InlineData("二〇二二年第十三周", "2022-W13")]
    [InlineData("2022年13周", "2022-W13")]
    [InlineData("2022-W13", "2022-W13")]
    [InlineData("2022W13", "2022-W13")]
    [InlineData("2022w13", "2022-W13")]
    [InlineData("2022-w13", "2022-W13")]
    [InlineData("2022 W13", "2022-W13")]
    [InlineData("2022 年 第 13 周", "2022-W13")]
    [InlineData("２０２２年第１３周", "2022-W13")]
    [InlineData("２０２２－Ｗ１３", "2022-W13")]
    [InlineData("报告期：2022年第13周", "2022-W13")]
    [InlineData("上街区城管局2022年第13周工作周报", "2022-W13")]
    [InlineData("2022年第1周", "2022-W01")]
    [InlineData("2022年第01周", "2022-W01")]
    [InlineData("2022-W1", "2022-W01")]
    [InlineData("2022年第一周", "2022-W01")]
    [InlineData("2022年第十周", "2022-W10")]
    [InlineData("2022年第二十周", "2022-W20")]
    [InlineData("2022年第二十一周", "2022-W21")]
    [InlineData("2022年第五十二周", "2022-W52")]
    [InlineData("2020年第53周", "2020-W53")]
    [InlineData("2020年第五十三周", "2020-W53")]
    [InlineData("2020-W53", "2020-W53")]
    [InlineData("2026年第53周", "2026-W53")]
    public void AWeekNumberNamesTheIsoWeek(string text, string code) =>
        Assert.Equal(code, Code(text));

    [Theory]
    [InlineData("2022年第0周")]
    [InlineData("2022年第54周")]
    [InlineData("2022年第53周")]
    [InlineData("2022年第五十三周")]
    [InlineData("2021年第53周")]
    [InlineData("2020年第54周")]
    [InlineData("2022年第一百周")]
    [InlineData("2022年第100周")]
    [InlineData("2022-W00")]
    [InlineData("2022-W53")]
    [InlineData("2022W54")]
    [InlineData("2022-W100")]
    [InlineData("2022年第13-14周")]
    [InlineData("2022年第13周-第14周", 2022)]
    [InlineData("2022年第13周至第14周")]
    [InlineData("第13周-第14周", 2022)]
    [InlineData("第13周 — 第14周", 2022)]
    [InlineData("2022年3月第4周", 2022)]
    [InlineData("2022年3月4周", 2022)]
    [InlineData("3月第4周", 2022)]
    [InlineData("1800年第13周", 2022)]
    public void AWeekThatIsNotOneIsoWeekIsNoMatch(string text, int? defaultYear = null) =>
        Assert.Empty(PeriodText.FindAll(text, defaultYear));

    [Theory]
    [InlineData("第13周", "2022-W13")]
    [InlineData("第十三周", "2022-W13")]
    [InlineData("第 13 周", "2022-W13")]
    [InlineData("本报告为第13周周报", "2022-W13")]
    [InlineData("第52周", "2022-W52")]
    public void AWeekWithoutYearTakesTheDefaultYear(string text, string code) =>
        Assert.Equal(code, Code(text, defaultYear: 2022));

    [Theory]
    [InlineData("第13周")]
    [InlineData("第十三周")]
    [InlineData("13周")]
    public void AWeekWithoutYearOrDefaultYearIsNoMatch(string text) =>
        Assert.Empty(PeriodText.FindAll(text));

    [Theory]
    [InlineData("第53周", 2022)]
    [InlineData("第0周", 2022)]
    [InlineData("连续13周", 2022)]
    [InlineData("第13周", 0)]
    [InlineData("第13周", 10000)]
    [InlineData("第13周", int.MinValue)]
    public void AWeekWithoutYearThatTheDefaultYearLacksIsNoMatch(string text, int defaultYear) =>
        Assert.Empty(PeriodText.FindAll(text, defaultYear));
}
