using Intake.Core.Layout;
using Intake.Core.Reports;

namespace Intake.Core.Tests.Layout;

public sealed class HeaderGrammarTests
{
    [Theory]
    [InlineData("本期")]
    [InlineData("本周")]
    [InlineData("本月")]
    [InlineData("本季")]
    [InlineData("本季度")]
    [InlineData("本年")]
    [InlineData("当周")]
    [InlineData("当月")]
    [InlineData("今日")]
    [InlineData("本旬")]
    [InlineData("this week")]
    public void APeriodWordAloneIsThePeriodMeasure(string header) =>
        Assert.Equal((Core.Reports.Measure.Period, ""), MeasureOf(header));

    [Theory]
    [InlineData("本期完成")]
    [InlineData("本周完成数")]
    [InlineData("本月完成情况")]
    [InlineData("本季度实际完成")]
    [InlineData("当期值")]
    [InlineData("本周新增数量")]
    [InlineData("当月实际完成量")]
    public void APeriodWordWithValueWordsIsThePeriodMeasure(string header) =>
        Assert.Equal((Core.Reports.Measure.Period, ""), MeasureOf(header));

    [Theory]
    [InlineData("数值")]
    [InlineData("数量")]
    [InlineData("完成数")]
    [InlineData("完成情况")]
    [InlineData("实际完成")]
    [InlineData("value")]
    public void AValueWordAloneIsThePeriodMeasure(string header) =>
        Assert.Equal((Core.Reports.Measure.Period, ""), MeasureOf(header));

    [Theory]
    [InlineData("累计")]
    [InlineData("截至目前")]
    [InlineData("截止本周")]
    [InlineData("截至本周末")]
    [InlineData("今年以来")]
    [InlineData("年初至今")]
    [InlineData("自年初累计")]
    [InlineData("本年累计")]
    [InlineData("本月累计完成")]
    [InlineData("全年累计完成数")]
    [InlineData("1-3月累计")]
    [InlineData("截至3月底")]
    [InlineData("今年完成")]
    [InlineData("累 计")]
    [InlineData("一季度累计")]
    [InlineData("第一季度累计")]
    [InlineData("1—2月份")]
    [InlineData("1至3月")]
    [InlineData("上半年累计")]
    [InlineData("前三季度")]
    [InlineData("前两个月")]
    [InlineData("一季度")]
    public void AWordOfAccumulationMakesTheMeasureCumulative(string header) =>
        Assert.Equal((Core.Reports.Measure.Cumulative, ""), MeasureOf(header));

    [Theory]
    [InlineData("上周")]
    [InlineData("去年同期")]
    [InlineData("计划数")]
    [InlineData("目标任务")]
    [InlineData("完成率")]
    [InlineData("同比增长")]
    [InlineData("第13周")]
    [InlineData("二季度累计")]
    [InlineData("4-6月累计")]
    [InlineData("下半年")]
    [InlineData("上年累计")]
    [InlineData("备注")]
    [InlineData("")]
    public void WordsOfAnotherTimeOrOfNoAmountNameNoMeasure(string header) =>
        Assert.Null(HeaderGrammar.Read(header).Measure);

    [Theory]
    [InlineData("本周（个）", "个", Core.Reports.Measure.Period)]
    [InlineData("本周(盏)", "盏", Core.Reports.Measure.Period)]
    [InlineData("累计【米】", "米", Core.Reports.Measure.Cumulative)]
    [InlineData("本周[米]", "米", Core.Reports.Measure.Period)]
    [InlineData("累计［万米］", "万米", Core.Reports.Measure.Cumulative)]
    [InlineData("截至目前〔座〕", "座", Core.Reports.Measure.Cumulative)]
    [InlineData("本期完成数/万元", "万元", Core.Reports.Measure.Period)]
    public void AUnitInAnyBracketIsTheColumnsUnit(string header, string unit, Measure measure)
    {
        var meaning = HeaderGrammar.Read(header);

        Assert.Equal((measure, unit, true), (meaning.Measure!.Value, meaning.Unit, meaning.IsMeasureOnly));
    }

    [Fact]
    public void AMeasureInBracketsBesideANameIsTheMeasureOfThatName()
    {
        var meaning = HeaderGrammar.Read("整修路灯（累计）");

        Assert.Equal((Core.Reports.Measure.Cumulative, "整修路灯"), (meaning.Measure, meaning.Name));
    }

    [Theory]
    [InlineData("本周整修路灯", "整修路灯", Core.Reports.Measure.Period)]
    [InlineData("累计排查管道（米）", "排查管道", Core.Reports.Measure.Cumulative)]
    [InlineData("整修路灯本周完成数", "整修路灯", Core.Reports.Measure.Period)]
    [InlineData("走访企业截至目前", "走访企业", Core.Reports.Measure.Cumulative)]
    public void AMeasureBeforeOrAfterANameIsSplitOff(string header, string name, Measure measure)
    {
        var meaning = HeaderGrammar.Read(header);

        Assert.Equal((measure, name), (meaning.Measure!.Value, meaning.Name));
    }

    [Theory]
    [InlineData("发现问题数")]
    [InlineData("新增就业")]
    [InlineData("完成整改")]
    [InlineData("走访企业数")]
    public void ANameEndingOrStartingInAValueWordIsNotSplit(string header)
    {
        var meaning = HeaderGrammar.Read(header);

        Assert.Equal((null, header), (meaning.Measure, meaning.Name));
    }

    private static (Measure, string) MeasureOf(string header)
    {
        var meaning = HeaderGrammar.Read(header);
        Assert.NotNull(meaning.Measure);
        return (meaning.Measure.Value, meaning.Name);
    }
}
