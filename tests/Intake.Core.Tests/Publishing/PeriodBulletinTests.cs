using Intake.Core.Catalog;
using Intake.Core.Periods;
using Intake.Core.Publishing;
using Intake.Core.Quantities;
using Intake.Core.Reports;
using Intake.Core.Rollups;

namespace Intake.Core.Tests.Publishing;

public sealed class PeriodBulletinTests
{
    private static readonly WeeklyBulletin Bulletin = BulletinComposer.Compose(CatalogLoader.Default, PublishingFixture.Quarter());

    [Fact]
    public void AQuarterlyBulletinIsTitledByTheQuarterAndItsDays()
    {
        Assert.Equal("上街区2022年一季度工作情况", Bulletin.Title);
        Assert.Equal("2022年一季度（1月1日—3月31日）", Bulletin.Subtitle);
        Assert.StartsWith("一季度，全区各部门", Bulletin.Paragraphs[0], StringComparison.Ordinal);
    }

    [Fact]
    public void TheLabourBureausParagraphStatesTheQuartersNewJobsAndTheRateAgainstItsTarget() =>
        Assert.Contains(
            "一季度，全区城镇新增就业870人（峡窝镇160人、济源路街道142人、中心路街道155人、新安路街道149人、工业路街道151人、矿山街道113人）；"
            + "城镇新增就业目标完成率137.8%；城镇登记失业率2%以内，低于省定4.5%的控制目标。（区人社局）",
            Bulletin.Paragraphs);

    [Fact]
    public void TheUrbanManagementBureausWorkSoFarIsInItsOwnParagraph() =>
        Assert.Contains("截至目前，排查路灯线路200余次；整修路灯2000余盏。（区城管局）", Bulletin.Paragraphs);

    [Fact]
    public void ALaterQuarterWritesItsAmountAndTheYearSoFar()
    {
        var facts = new[]
        {
            Fact("cgj", "streetlights_repaired", "2022-W20", Measure.Period, 300),
            Fact("cgj", "streetlights_repaired", "2022-W20", Measure.Cumulative, 2600, Qualifier.AtLeast),
        };
        var q2 = Period.Quarter(2022, 2);
        var result = PeriodRollupBuilder.Build(CatalogLoader.Default, q2, facts);
        var bulletin = BulletinComposer.Compose(CatalogLoader.Default, new PeriodReport(q2, result.Rollups, [], result.Reconciliations));

        Assert.Contains("二季度，整修路灯300盏。截至目前，整修路灯2600余盏。（区城管局）", bulletin.Paragraphs);
    }

    [Fact]
    public void ThePeriodEndsWithTheWeeksEachUnitReported()
    {
        var last = Bulletin.Paragraphs[^1];

        Assert.StartsWith("报送情况：一季度共13周，应报送11个单位，其中1个单位每周均已报送。", last, StringComparison.Ordinal);
        Assert.Contains("区城管局13周中报送12周（迟报1周）", last, StringComparison.Ordinal);
    }

    private static SourcedFact Fact(string orgUnit, string indicator, string period, Measure measure, double value, Qualifier qualifier = Qualifier.Exact, string? reporter = null) =>
        new(new Fact(new(reporter ?? orgUnit), new(orgUnit), new(indicator), Period.Parse(period), measure, value, qualifier, "", value.ToString(System.Globalization.CultureInfo.InvariantCulture), "A1"), $"s-{reporter ?? orgUnit}-{period}");
}
