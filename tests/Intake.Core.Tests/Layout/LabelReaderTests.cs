using Intake.Core.Catalog;
using Intake.Core.Layout;
using Intake.Core.Reports;

namespace Intake.Core.Tests.Layout;

/// <summary>A label means the same over a column as beside a row.</summary>
public sealed class LabelReaderTests
{
    private static readonly LabelReader Labels = new(CatalogLoader.Default);

    [Theory]
    [InlineData("指标", ColumnRole.IndicatorLabel)]
    [InlineData("乡镇（街道）", ColumnRole.OrgUnitLabel)]
    [InlineData("计量单位", ColumnRole.UnitLabel)]
    [InlineData("单位", ColumnRole.UnitOrOrgUnitLabel)]
    [InlineData("报告期", ColumnRole.PeriodLabel)]
    [InlineData("序号", ColumnRole.Ignored)]
    public void ALabelWordGivesItsColumnARole(string text, ColumnRole role) => Assert.Equal(role, Labels.Read(text).Word);

    [Theory]
    [InlineData("累计走访企业", "enterprise_visits", Measure.Cumulative)]
    [InlineData("走访企业（本周）", "enterprise_visits", Measure.Period)]
    [InlineData("排查管道（万米）", "pipes_inspected", null)]
    public void ANameWithItsMeasureAndUnitGivesAllThree(string text, string indicator, Measure? measure)
    {
        var meaning = Labels.Read(text);

        Assert.Equal((indicator, measure), (meaning.Indicator!.Code, meaning.Measure));
    }

    [Fact]
    public void AnOrgUnitNameNamesItsOrgUnit() => Assert.Equal("kuangshan", Labels.Read("矿山街道办事处").OrgUnit);

    [Theory]
    [InlineData("次", "次")]
    [InlineData("（盏）", "盏")]
    [InlineData("公里", "公里")]
    public void AUnitAloneIsAUnitWord(string text, string unit)
    {
        var meaning = Labels.Read(text);

        Assert.True(meaning.IsUnitWord);
        Assert.Equal(unit, meaning.Unit);
    }

    [Theory]
    [InlineData("合计", TotalKind.Grand)]
    [InlineData("街道小计", TotalKind.Subtotal)]
    public void ATotalWordMakesATotal(string text, TotalKind total) => Assert.Equal(total, Labels.Read(text).Total);

    [Theory]
    [InlineData("上周")]
    [InlineData("工作事项")]
    [InlineData("")]
    public void OtherWordsMeanNothingToATable(string text) => Assert.False(Labels.Read(text).IsKnown);

    [Fact]
    public void AValueWordAloneNamesThePeriodMeasureOnlyForWantOfAnother()
    {
        Assert.False(Labels.Read("数值").MeasureStated);
        Assert.True(Labels.Read("本周").MeasureStated);
    }
}
