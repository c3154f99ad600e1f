using Intake.Core.Catalog;
using Intake.Core.Messages;
using Intake.Core.Quantities;
using Intake.Core.Reports;
using Intake.Core.Rollups;

namespace Intake.Core.Tests.Messages;

public sealed class MessageCatalogReconciliationTests
{
    private static readonly ReportCatalog Catalog = CatalogLoader.Default;
    private static readonly Indicator Jobs = Catalog.IndicatorByCode("new_urban_jobs")!;

    private static ReconciliationValue Value(string submission, string file, string cell, double value) =>
        new("gongyelu", "rsj", submission, file, "2022-W13", cell, value, Qualifier.Exact, value.ToString(System.Globalization.CultureInfo.InvariantCulture), true, Measure.Period);

    [Fact]
    public void ConflictReadsAsTodayInChineseAndHasTheSameDataInEnglish()
    {
        var text = MessageCatalog.Conflict(Catalog, Jobs, Measure.Period, Value("sub-b", "区人社局第13周.xlsx", "就业!B9", 14), Value("sub-a", "inbox/人社局一季度历史数据.csv", "A1", 12));

        Assert.Equal("工业路街道「城镇新增就业」本期（2022-W13）：区人社局报14人（区人社局第13周.xlsx 就业!B9），区人社局报12人（人社局一季度历史数据.csv A1）；汇总采用区人社局的数。", text.Zh);
        Assert.Contains("reported 14人 (区人社局第13周.xlsx 就业!B9)", text.En, StringComparison.Ordinal);
        Assert.Contains("reported 12人 (人社局一季度历史数据.csv A1)", text.En, StringComparison.Ordinal);
    }

    [Fact]
    public void OwnerVsUnitsReadsAsTodayInChineseAndHasTheSameDataInEnglish()
    {
        var text = MessageCatalog.OwnerVsUnits(Catalog, Jobs, Measure.Cumulative, "rsj", 870, Qualifier.Exact, 860, Qualifier.Exact, 7);

        Assert.Equal("「城镇新增就业」累计全区数：区人社局报870人，已报送的 7 个单位合计860人；全区数采用区人社局的数。", text.Zh);
        Assert.Contains("870人", text.En, StringComparison.Ordinal);
        Assert.Contains("the 7 units that reported sum to 860人", text.En, StringComparison.Ordinal);
    }

    [Fact]
    public void CumulativeGapReadsAsTodayInChineseAndHasTheSameDataInEnglish()
    {
        var text = MessageCatalog.CumulativeGap(Catalog, Jobs, "gongyelu", "2022-W12", 100, "2022-W13", 130, 20);

        Assert.Equal("工业路街道「城镇新增就业」累计由2022-W12的100人增至2022-W13的130人，增加30人，但2022-W13本期报20人，相差10人；请核实累计数或本期数。", text.Zh);
        Assert.Contains("from 100人 (2022-W12) to 130人 (2022-W13), by 30人", text.En, StringComparison.Ordinal);
        Assert.Contains("a difference of 10人", text.En, StringComparison.Ordinal);
    }
}
