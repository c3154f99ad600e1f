using Intake.Core.Catalog;
using Intake.Core.Metadata;
using Intake.Core.Reading;
using Intake.Core.Reports;
using Intake.Core.Tests.Support;

namespace Intake.Core.Tests.Layout;

/// <summary>Indicator and org-unit columns recognized by their cells when the header says nothing useful.</summary>
public sealed class ColumnContentTests
{
    private static readonly ReportParser Parser = new(CatalogLoader.Default, new ReadLimits());

    [Theory]
    [InlineData("工作事项")]
    [InlineData("工作内容")]
    [InlineData("类别")]
    [InlineData("")]
    public void TheColumnWhoseCellsNameIndicatorsIsTheIndicatorColumn(string header)
    {
        var result = ParseCsv($"{header},本周,累计\n整修路灯,160,2000余\n排查管道,3000,两万多\n");

        Assert.Equal(ReportStatus.Accepted, result.Status);
        Assert.Equal(4, result.Facts.Count);
        Assert.Contains(result.Facts, f => (f.Indicator, f.Measure, f.Value, f.Qualifier) == ("streetlights_repaired", Measure.Cumulative, 2000, Core.Quantities.Qualifier.AtLeast));
    }

    [Fact]
    public void AMergedTitleAboveALabelColumnLeavesItToItsCells()
    {
        using var file = Workbook.Xlsx(w => w.AddSheet("周报")
            .Row("城管局第13周工作完成情况").Merge("A1:C1")
            .Row("序号", "工作事项", "本周")
            .Row(1, "整修路灯", 160)
            .Row(2, "维修更换污水井", 7));

        var result = Parser.Parse(file, new ReportHints("城管局2022年第13周周报.xlsx"));

        Assert.Equal(["manholes_replaced", "streetlights_repaired"], result.Facts.Select(f => f.Indicator.Value).Order());
        Assert.Equal("周报!C3", result.Facts.Single(f => f.Indicator == "streetlights_repaired").Cell);
    }

    [Theory]
    [InlineData("类别")]
    [InlineData("")]
    [InlineData("名单")]
    public void TheColumnWhoseCellsNameOrgUnitsIsTheOrgUnitColumn(string header)
    {
        var result = ParseCsv($"{header},走访企业,收集企业问题\n峡窝镇,12,8\n矿山街道,9,4\n", "发改委2022年第13周周报.csv");

        Assert.Equal(ReportStatus.Accepted, result.Status);
        Assert.Equal(["kuangshan", "kuangshan", "xiawo", "xiawo"], result.Facts.Select(f => f.OrgUnit.Value).Order());
    }

    [Fact]
    public void HeaderWordsComeFirstWhenTheyNameTheColumn()
    {
        // 项目 names the indicator column by its header even though the remark column mentions an indicator too.
        var result = ParseCsv("项目,本周,情况说明\n整修路灯,160,含整修路灯\n排查管道,3000,\n");

        Assert.Equal(["pipes_inspected", "streetlights_repaired"], result.Facts.Select(f => f.Indicator.Value).Order());
    }

    [Fact]
    public void TwoColumnsNamingIndicatorsEquallyAreAnErrorNamingBoth()
    {
        var result = ParseCsv("事项,内容,本周\n整修路灯,排查管道,160\n清淤,排查路灯线路,20\n");

        Assert.Equal(ReportStatus.Rejected, result.Status);
        var issue = Assert.Single(result.Issues);
        Assert.Equal((IssueCodes.AmbiguousColumn, "A1"), (issue.Code, issue.Cell));
        Assert.Contains("A1", issue.MessageZh, StringComparison.Ordinal);
        Assert.Contains("B1", issue.MessageZh, StringComparison.Ordinal);
    }

    private static ParseResult ParseCsv(string text, string name = "城管局2022年第13周周报.csv") =>
        Parser.Parse(Workbook.Csv(text), new ReportHints(name));
}
