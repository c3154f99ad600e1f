using Intake.Core.Catalog;
using Intake.Core.Metadata;
using Intake.Core.Reports;

namespace Intake.Core.Tests.Metadata;

public sealed partial class ReportMetadataResolverTests
{
    [Theory]
    [InlineData("峡窝镇2022年第13周周报.xlsx", "xiawo", "2022-W13")]
    [InlineData("城管局2022年第13周周报.xlsx", "cgj", "2022-W13")]
    [InlineData("cgj_2022-W13.csv", "cgj", "2022-W13")]
    [InlineData("上街区城市管理局2022年一季度工作总结.xlsx", "cgj", "2022-Q1")]
    public void FileNameGivesReporterAndPeriod(string fileName, string reporter, string period)
    {
        var metadata = ReportMetadataResolver.Resolve(CatalogLoader.Default, new ReportHints(fileName), []);

        Assert.Equal((reporter, period), (metadata.Reporter, metadata.Period?.Code));
        Assert.Empty(metadata.Issues);
    }

    [Fact]
    public void CellsGiveReporterAndPeriodWhenTheFileNameDoesNot()
    {
        var metadata = ReportMetadataResolver.Resolve(CatalogLoader.Default, new ReportHints("weekly.xlsx"),
            [new MetadataLine("周报!A1", "工作周报", MetadataLineKind.Title), new MetadataLine("周报!A2", "报告期：2022年第13周 填报单位：峡窝镇人民政府", MetadataLineKind.Preamble)]);

        Assert.Equal(("xiawo", "2022-W13"), (metadata.Reporter, metadata.Period?.Code));
    }

    [Fact]
    public void FilingDateGivesTheWeekOnlyWhenNothingElseDoes()
    {
        var lines = new List<MetadataLine> { new("周报!A9", "填报日期：2022年4月1日", MetadataLineKind.Footer) };

        var alone = ReportMetadataResolver.Resolve(CatalogLoader.Default, new ReportHints("峡窝镇周报.xlsx"), lines);
        var withName = ReportMetadataResolver.Resolve(CatalogLoader.Default, new ReportHints("峡窝镇2022年第12周周报.xlsx"), lines);

        Assert.Equal("2022-W13", alone.Period?.Code);
        Assert.Equal("2022-W12", withName.Period?.Code);
        Assert.Empty(withName.Issues);
    }

    [Fact]
    public void AnExportTimestampIsAFilingDateNotAPeriod()
    {
        var lines = new List<MetadataLine>
        {
            new("表1!A1", "镇街走访服务企业情况（2022年第13周）", MetadataLineKind.Title),
            new("表1!A2", "导出单位：区发改委　导出时间：2022-04-05 09:15", MetadataLineKind.Preamble),
        };

        var metadata = ReportMetadataResolver.Resolve(CatalogLoader.Default, new ReportHints("export.xls"), lines);

        Assert.Equal(("2022-W13", "fgw"), (metadata.Period?.Code, metadata.Reporter));
        Assert.Empty(metadata.Issues);
    }

    [Fact]
    public void TwoReportersInExplicitSourcesAreAConflict()
    {
        var metadata = ReportMetadataResolver.Resolve(CatalogLoader.Default, new ReportHints("峡窝镇2022年第13周周报.xlsx", Reporter: "cgj"), []);

        Assert.Null(metadata.Reporter);
        var issue = Assert.Single(metadata.Issues);
        Assert.Equal(IssueCodes.ReporterConflict, issue.Code);
        Assert.Contains("cgj", issue.MessageZh, StringComparison.Ordinal);
        Assert.Contains("xiawo", issue.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void BlobPathGivesThePeriodOfAnUploadFolder()
    {
        var metadata = ReportMetadataResolver.Resolve(CatalogLoader.Default, new ReportHints("峡窝镇周报.xlsx", BlobPath: "2022-W13/峡窝镇周报.xlsx"), []);

        Assert.Equal("2022-W13", metadata.Period?.Code);
    }
}
