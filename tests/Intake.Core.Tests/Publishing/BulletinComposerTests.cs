using Intake.Core.Catalog;
using Intake.Core.Publishing;
using Intake.Core.Quantities;

namespace Intake.Core.Tests.Publishing;

public sealed class BulletinComposerTests
{
    private static readonly WeeklyBulletin Bulletin = BulletinComposer.Compose(CatalogLoader.Default, PublishingFixture.Report());

    [Fact]
    public void TheSubtitleNamesTheWeekAndItsDays() =>
        Assert.Equal("2022年第13周（3月28日—4月3日）", Bulletin.Subtitle);

    [Fact]
    public void EachDepartmentThatReportedGetsAParagraphWithTheWeekAndTheYearSoFar()
    {
        Assert.Contains("一是区城管局。本周整修路灯300盏，累计2000余盏。", Bulletin.Paragraphs);
    }

    [Fact]
    public void AnOwnerIndicatorIsWrittenInItsDepartmentsParagraphWithTheTownshipsBreakdownAndARateAgainstItsTarget() =>
        Assert.Contains("二是区人社局。本周全区城镇新增就业14人（工业路街道14人）；城镇登记失业率2%以内，低于省定4.5%的控制目标。", Bulletin.Paragraphs);

    [Fact]
    public void TheTownshipsShareOneParagraphForTheWorkEachDoesItself() =>
        Assert.Contains("三是各乡镇（街道）。本周走访企业共20次（峡窝镇12次、工业路街道8次）。", Bulletin.Paragraphs);

    [Theory]
    [InlineData(4.8, Qualifier.Exact, "城镇登记失业率4.8%，高于省定4.5%的控制目标")]
    [InlineData(4.5, Qualifier.Exact, "城镇登记失业率4.5%，与省定4.5%的控制目标持平")]
    [InlineData(4.5, Qualifier.AtMost, "城镇登记失业率4.5%以内，不高于省定4.5%的控制目标")]
    [InlineData(5, Qualifier.AtMost, "城镇登记失业率5%以内（省定4.5%的控制目标）")]
    [InlineData(3, Qualifier.AtLeast, "城镇登记失业率3%以上（省定4.5%的控制目标）")]
    public void ARateIsPhrasedAgainstItsTargetAsFarAsItsBoundTells(double value, Qualifier qualifier, string expected)
    {
        var week = PublishingFixture.Report();
        var rate = week.Rollups.Where(r => r.Indicator == "registered_unemployment_rate")
            .Select(r => r with { Value = value, Qualifier = qualifier });
        var bulletin = BulletinComposer.Compose(CatalogLoader.Default, week with { Rollups = week.Rollups.Where(r => r.Indicator != "registered_unemployment_rate").Concat(rate).ToList() });

        Assert.Contains(bulletin.Paragraphs, p => p.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void TheBulletinEndsWithWhoHasNotReported()
    {
        var last = Bulletin.Paragraphs[^1];

        Assert.StartsWith("报送情况：本周应报送11个单位，已报送4个，其中按时报送3个。区人社局迟报。", last, StringComparison.Ordinal);
        Assert.EndsWith("区发改委、通航试验区管委会、区教育局、济源路街道、中心路街道、新安路街道、矿山街道未报送。", last, StringComparison.Ordinal);
    }

    [Fact]
    public void WhoHasNotReportedFollowsTheCatalogWhateverOrderTheRowsComeIn()
    {
        var report = PublishingFixture.Report();
        var reversed = BulletinComposer.Compose(CatalogLoader.Default, report with { Completeness = report.Completeness.Reverse().ToList() });

        Assert.Equal(Bulletin.Paragraphs[^1], reversed.Paragraphs[^1]);
    }

    [Fact]
    public void MarkdownHasTheTitleTheWeekAndEveryParagraph()
    {
        var markdown = BulletinMarkdown.Write(Bulletin);

        Assert.StartsWith("# 上街区工作周报\n\n**2022年第13周（3月28日—4月3日）**\n", markdown.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.All(Bulletin.Paragraphs, p => Assert.Contains(p, markdown, StringComparison.Ordinal));
    }
}
