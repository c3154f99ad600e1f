using Intake.Core.Catalog;
using Intake.Core.Metadata;
using Intake.Core.Reports;

namespace Intake.Core.Tests.Metadata;

/// <summary>Where a report names its reporter — and where it names only whom it is about.</summary>
public sealed partial class ReportMetadataResolverTests
{
    [Theory]
    [InlineData("2022年第13周工作周报（区城管局）")]
    [InlineData("2022年第13周工作周报(区城管局)")]
    [InlineData("上街区2022年第13周工作周报（区城管局）")]
    [InlineData("关于区城管局2022年第13周工作情况的报告")]
    [InlineData("上街区城市管理局2022年第13周工作周报")]
    public void ATitleNamesItsReporterWhereverItStands(string title)
    {
        var metadata = Resolve("周报.xlsx", Cell("周报!A1", title, MetadataLineKind.Title));

        Assert.Equal(("cgj", "2022-W13"), (metadata.Reporter, metadata.Period?.Code));
    }

    [Theory]
    [InlineData("2022年第13周周报（城管局）.csv")]
    [InlineData("城市管理局2022年第13周周报.csv")]
    public void AFileNameNamesItsReporterInBracketsOrWithoutTheDistrictsPrefix(string fileName) =>
        Assert.Equal("cgj", Resolve(fileName).Reporter);

    [Theory]
    [InlineData("单位名称：区城管局")]
    [InlineData("单位：区城管局")]
    [InlineData("填报单位（盖章）：区城管局")]
    [InlineData("报送单位：区城管局")]
    public void AReporterLabelNamesTheUnitAfterIt(string line) =>
        Assert.Equal("cgj", Resolve("2022年第13周周报.xlsx", Cell("周报!A2", line)).Reporter);

    [Theory]
    [InlineData("责任单位：峡窝镇")]
    [InlineData("计量单位：个")]
    public void OtherLabelsWithTheWordUnitNameNoReporter(string line) =>
        Assert.Null(Resolve("2022年第13周周报.xlsx", Cell("周报!A2", line)).Reporter);

    [Theory]
    [InlineData("峡窝镇等6个镇街安全隐患排查情况（2022年第13周）")]
    [InlineData("峡窝镇、矿山街道安全隐患排查情况（2022年第13周）")]
    [InlineData("区城管局关于峡窝镇等镇街2022年第13周安全隐患排查的报告")]
    public void TheSubjectsOfATitleAreNotItsReporter(string title)
    {
        var metadata = Resolve("周报.xlsx", Cell("周报!A1", title, MetadataLineKind.Title), Cell("周报!A2", "填报单位：区城管局"));

        Assert.Equal("cgj", metadata.Reporter);
        Assert.Empty(metadata.Issues);
    }

    [Fact]
    public void SubjectsInAFileNameAreNotItsReporter()
    {
        var metadata = Resolve("2022年第13周峡窝镇等6个镇（街道）城镇新增就业情况.csv", Cell("A1", "填报单位：区人社局"));

        Assert.Equal("rsj", metadata.Reporter);
        Assert.Empty(metadata.Issues);
    }

    [Fact]
    public void ATitleOnASheetNamedAfterAUnitThatNamesThatUnitNamesItsSubject()
    {
        var metadata = Resolve("城管局2022年第13周排查表.xlsx", new MetadataLine("峡窝镇!A1", "峡窝镇安全隐患排查表", MetadataLineKind.Title, "xiawo"));

        Assert.Equal("cgj", metadata.Reporter);
        Assert.Empty(metadata.Issues);
    }

    [Theory]
    [InlineData("（数据截至2022年4月3日）")]
    [InlineData("（数据截至4月1日）")]
    [InlineData("（累计数自1月1日起）")]
    [InlineData("累计数从2022年1月1日起算")]
    public void ADayTheDataAreCountedFromOrUpToIsNoRivalPeriod(string line)
    {
        var metadata = Resolve("周报.xlsx", Cell("周报!A1", "区城管局2022年第13周工作周报", MetadataLineKind.Title), Cell("周报!A2", line));

        Assert.Equal("2022-W13", metadata.Period?.Code);
        Assert.Empty(metadata.Issues);
    }

    [Theory]
    [InlineData("城管局2022年周报.xlsx", "报告期：3月28日-4月3日")]
    [InlineData("城管局周报.xlsx", "（3月28日至4月3日）")]
    public void ADayRangeWithoutItsYearTakesTheYearStatedElsewhere(string fileName, string line)
    {
        var metadata = Resolve(fileName, Cell("周报!A1", "区城管局2022年工作周报", MetadataLineKind.Title), Cell("周报!A2", line));

        Assert.Equal("2022-W13", metadata.Period?.Code);
    }

    [Fact]
    public void ADayRangeWithoutItsYearTakesTheYearOfItsFilingDateNotItsWeek()
    {
        var metadata = Resolve("城管局周报.xlsx", Cell("周报!A2", "报告期：3月28日-4月3日"), Cell("周报!A9", "填报日期：2022年4月4日", MetadataLineKind.Footer));

        Assert.Equal("2022-W13", metadata.Period?.Code);
    }
}
