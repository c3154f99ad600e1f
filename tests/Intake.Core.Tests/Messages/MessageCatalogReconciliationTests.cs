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
        new(new("gongyelu"), new("rsj"), submission, file, "2022-W13", cell, value, Qualifier.Exact, value.ToString(System.Globalization.CultureInfo.InvariantCulture), true, Measure.Period);

    // An item of gongyelu's new urban jobs in 2022-W13, of the kind and with the sides given.
    private static ReconciliationItem Item(ReconciliationKind kind, ReconciliationSide chosen, ReconciliationSide other, params ReconciliationValue[] values) =>
        new("2022-W13", new("gongyelu"), Jobs.Code, kind == ReconciliationKind.CumulativeGap ? Measure.Cumulative : Measure.Period, kind, chosen, other, values);

    [Fact]
    public void AConflictIsWrittenFromItsTwoSidesInChineseAndInEnglish()
    {
        var chosen = Value("sub-b", "区人社局第13周.xlsx", "就业!B9", 14);
        var other = Value("sub-a", "inbox/人社局一季度历史数据.csv", "A1", 12);
        var item = Item(ReconciliationKind.Conflict, ReconciliationSide.Of(chosen), ReconciliationSide.Of(other), chosen, other);

        var text = MessageCatalog.Reconciliation(Catalog, item);

        Assert.Equal("工业路街道「城镇新增就业」本期（2022-W13）：区人社局报14人（区人社局第13周.xlsx 就业!B9），区人社局报12人（人社局一季度历史数据.csv A1）；汇总采用区人社局的数。", text.Zh);
        Assert.Contains("reported 14 人 (区人社局第13周.xlsx 就业!B9)", text.En, StringComparison.Ordinal);
        Assert.Contains("reported 12 人 (人社局一季度历史数据.csv A1)", text.En, StringComparison.Ordinal);
        Assert.DoesNotContain("报", text.En, StringComparison.Ordinal);
    }

    [Fact]
    public void AConflictNamesEachSideWithItsQualifier()
    {
        var item = Item(ReconciliationKind.Conflict,
            new ReconciliationSide(2000, Qualifier.AtLeast, new("gongyelu"), "2022-W13", string.Empty, "B4"),
            new ReconciliationSide(1800, Qualifier.Approx, new("rsj"), "2022-W13", string.Empty, "C9"));

        var text = MessageCatalog.Reconciliation(Catalog, item);

        Assert.Contains("工业路街道报2000余人（B4），区人社局报约1800人（C9）；汇总采用工业路街道的数。", text.Zh, StringComparison.Ordinal);
        Assert.Contains("reported over 2000 人 (B4)", text.En, StringComparison.Ordinal);
        Assert.Contains("reported about 1800 人 (C9)", text.En, StringComparison.Ordinal);
    }

    [Fact]
    public void AnOwnerVsUnitsItemIsWrittenFromTheOwnerTheSumAndTheCount()
    {
        var item = new ReconciliationItem("2022-Q1", new("rsj"), Jobs.Code, Measure.Cumulative, ReconciliationKind.OwnerVsUnits,
            new ReconciliationSide(870, Qualifier.Exact, new("rsj"), "2022-Q1", string.Empty, string.Empty),
            ReconciliationSide.Figure(860, Qualifier.AtLeast, "2022-Q1"), []) { UnitCount = 7 };

        var text = MessageCatalog.Reconciliation(Catalog, item);

        Assert.Equal("「城镇新增就业」累计全区数：区人社局报870人，已报送的 7 个单位合计860余人；全区数采用区人社局的数。", text.Zh);
        Assert.Contains("reported 870 人", text.En, StringComparison.Ordinal);
        Assert.Contains("the 7 units that reported sum to over 860 人", text.En, StringComparison.Ordinal);
    }

    [Fact]
    public void ACumulativeGapIsWrittenFromItsBaseTheGrowthAndTheAmount()
    {
        var item = Item(ReconciliationKind.CumulativeGap, ReconciliationSide.Figure(20, Qualifier.Exact, "2022-W13"), ReconciliationSide.Figure(30, Qualifier.Exact, "2022-W12")) with { BaseValue = 100 };

        var text = MessageCatalog.Reconciliation(Catalog, item);

        Assert.Equal("工业路街道「城镇新增就业」累计由2022-W12的100人增至2022-W13的130人，增加30人，但2022-W13本期报20人，相差10人；请核实累计数或本期数。", text.Zh);
        Assert.Contains("from 100 人 (2022-W12) to 130 人 (2022-W13), by 30 人", text.En, StringComparison.Ordinal);
        Assert.Contains("a difference of 10 人", text.En, StringComparison.Ordinal);
    }

    [Fact]
    public void AGapWithoutItsBaseFailsLoudly()
    {
        var item = Item(ReconciliationKind.CumulativeGap, ReconciliationSide.Figure(20, Qualifier.Exact, "2022-W13"), ReconciliationSide.Figure(30, Qualifier.Exact, "2022-W12"));

        Assert.Throws<InvalidDataException>(() => MessageCatalog.Reconciliation(Catalog, item));
    }

    [Fact]
    public void AnIndicatorTheCatalogNoLongerHasIsNamedByItsCode()
    {
        var item = Item(ReconciliationKind.Conflict,
            new ReconciliationSide(3, Qualifier.Exact, new("gongyelu"), "2022-W13", string.Empty, "B4"),
            new ReconciliationSide(4, Qualifier.Exact, new("rsj"), "2022-W13", string.Empty, "C9")) with { Indicator = new("retired_indicator") };

        Assert.StartsWith("工业路街道「retired_indicator」本期（2022-W13）：工业路街道报3（B4）", MessageCatalog.Reconciliation(Catalog, item).Zh, StringComparison.Ordinal);
    }
}
