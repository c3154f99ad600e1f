using Intake.Core.Catalog;
using Intake.Core.Metadata;
using Intake.Core.Reading;
using Intake.Core.Reports;
using Intake.Core.Tests.Support;

namespace Intake.Core.Tests.Reports;

/// <summary>An upload that cannot be read, or holds no data, is still fed back under the reporter and period its name gives.</summary>
public sealed class AttributionTests
{
    private static readonly ReportParser Parser = new(CatalogLoader.Default, new ReadLimits());

    [Theory]
    [InlineData("城管局2022年第13周周报.xlsx", null, "cgj", "2022-W13")]
    [InlineData("weekly.xlsx", "uploads/峡窝镇/2022年第13周/weekly.xlsx", "xiawo", "2022-W13")]
    public void AnUnreadableUploadIsAttributedByItsNameOrPath(string fileName, string? blobPath, string reporter, string period)
    {
        using var broken = new MemoryStream("PK\u0003\u0004 this is not a workbook"u8.ToArray());

        var result = Parser.Parse(broken, new ReportHints(fileName, BlobPath: blobPath));

        Assert.Equal(IssueCodes.UnreadableFile, Assert.Single(result.Issues).Code);
        Assert.Equal((reporter, period), (result.Reporter, result.Period?.Code));
    }

    [Fact]
    public void AnUnreadableUploadIsAttributedByItsMetadata()
    {
        using var pdf = new MemoryStream("%PDF-1.7 weekly report"u8.ToArray());

        var result = Parser.Parse(pdf, new ReportHints("scan.pdf", "rsj", "2022-W13"));

        Assert.Equal(("rsj", "2022-W13", ReportStatus.Rejected), (result.Reporter, result.Period?.Code, result.Status));
    }

    [Fact]
    public void AnUploadWithoutDataIsAttributedByItsName()
    {
        var result = Parser.Parse(Workbook.Csv("上街区城管局工作周报\n本周工作平稳有序\n"), new ReportHints("城管局2022年第13周周报.csv"));

        Assert.Equal(IssueCodes.NoData, Assert.Single(result.Issues).Code);
        Assert.Equal(("cgj", "2022-W13"), (result.Reporter, result.Period?.Code));
    }
}
