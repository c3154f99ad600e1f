using Intake.Core.Catalog;
using Intake.Core.Layout;
using Intake.Core.Tests.Support;

namespace Intake.Core.Tests.Layout;

/// <summary>What a row is by what its cells hold: metadata, a lone line, a header-like row, a row of quantities.</summary>
public sealed class RowShapeTests
{
    private static readonly LabelReader Labels = new(CatalogLoader.Default);

    [Theory]
    [InlineData("报告期：2022年第13周")]
    [InlineData("填报单位：区城管局")]
    [InlineData("单位：万米")]
    [InlineData("填报单位:")]
    public void AKeyColonValueLineIsMetadata(string text) =>
        Assert.True(RowShape.IsMetadata(Rows.Of(0, text, text == "填报单位:" ? "区城管局" : null), CatalogLoader.Default));

    [Theory]
    [InlineData("填报单位", "峡窝镇")]
    [InlineData("报告期", "2022年3月28日至4月3日")]
    [InlineData("报告期", "第13周")]
    [InlineData("单位", "万元")]
    public void AKeyCellBesideAValueThatFitsItIsMetadata(string key, string value) =>
        Assert.True(RowShape.IsMetadata(Rows.Of(0, key, value), CatalogLoader.Default));

    [Theory]
    [InlineData("填报单位", "指标")]
    [InlineData("报告期", "数值")]
    [InlineData("增速（单位：%）", "本周")]
    [InlineData("其中：新增", "12")]
    public void AHeaderOfLabelWordsIsNoMetadata(string first, string second) =>
        Assert.False(RowShape.IsMetadata(Rows.Of(0, first, second), CatalogLoader.Default));

    [Theory]
    [InlineData(new object?[] { "指标", "本周", "累计" }, true)]
    [InlineData(new object?[] { "", "峡窝镇", "矿山街道" }, true)]
    [InlineData(new object?[] { "整修路灯", 160 }, false)]
    [InlineData(new object?[] { "整修路灯", "2000余" }, false)]
    [InlineData(new object?[] { "整修路灯", "—" }, false)]
    [InlineData(new object?[] { "区城管局第13周周报" }, false)]
    [InlineData(new object?[] { "填报人：张三", "审核人：李四" }, false)]
    [InlineData(new object?[] { "甲", "乙" }, false)]
    public void AHeaderLikeRowHoldsWordsOnlyAndOneOfThemMeansSomething(object?[] cells, bool headerLike) =>
        Assert.Equal(headerLike, RowShape.IsHeaderLike(Rows.Of(0, cells), Labels));

    [Theory]
    [InlineData("一、路灯", true)]
    [InlineData("（二）安全隐患", true)]
    [InlineData("3.其他", true)]
    [InlineData("4、其他", true)]
    [InlineData("区城管局第13周工作周报", false)]
    [InlineData("2022年第13周", false)]
    public void ANumberedLineIsASection(string text, bool numbered) => Assert.Equal(numbered, RowShape.IsNumbered(text));

    [Fact]
    public void AMergedTitleIsOneLoneText()
    {
        var title = new Core.Reading.CellValue("区城管局第13周工作周报");

        Assert.True(RowShape.IsLoneText(new Core.Reading.SheetRow(0, [title, title, title])));
        Assert.False(RowShape.IsLoneText(Rows.Of(0, "区城管局", "第13周")));
    }
}
