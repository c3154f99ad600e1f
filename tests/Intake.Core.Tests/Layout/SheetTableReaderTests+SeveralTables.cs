using Intake.Core.Metadata;
using Intake.Core.Reports;
using Intake.Core.Tests.Support;

namespace Intake.Core.Tests.Layout;

/// <summary>Several tables on one sheet, each under its own header, with section titles, blank rows or nothing between.</summary>
public sealed partial class SheetTableReaderTests
{
    [Fact]
    public void TwoTablesUnderTheirSectionTitlesAreBothRead()
    {
        var result = ParseCsv(
            "区城管局2022年第13周工作周报\n一、路灯\n指标,本周,累计\n整修路灯,160,2000余\n\n"
            + "二、安全隐患排查\n乡镇（街道）,排查安全隐患,整改安全隐患\n峡窝镇,8,7\n矿山街道,12,11\n合计,20,18\n");

        Assert.Equal(ReportStatus.Accepted, result.Status);
        Assert.Equal(6, result.Facts.Count);
        Assert.Contains(result.Facts, f => (f.OrgUnit, f.Indicator, f.Measure, f.Value) == ("cgj", "streetlights_repaired", Measure.Cumulative, 2000d));
        Assert.Contains(result.Facts, f => (f.OrgUnit, f.Indicator, f.Value, f.Cell) == ("kuangshan", "safety_hazards_fixed", 11d, "C9"));
    }

    [Fact]
    public void ASecondTableRightUnderTheFirstStartsAtItsOwnHeader()
    {
        var result = ParseCsv("指标,本周\n整修路灯,160\n指标,峡窝镇,矿山街道\n排查安全隐患,8,12\n");

        Assert.Equal(ReportStatus.Accepted, result.Status);
        Assert.Equal([("cgj", 160d), ("kuangshan", 12d), ("xiawo", 8d)], result.Facts.Select(f => (f.OrgUnit.Value, f.Value)).Order());
    }

    [Fact]
    public void ATotalRowAddsUpOnlyItsOwnTable()
    {
        // Both tables count hazards; the 合计 of the second must not take in the first's rows.
        var result = ParseCsv(
            "乡镇（街道）,排查安全隐患\n峡窝镇,8\n矿山街道,12\n\n乡镇（街道）,排查安全隐患（累计）\n峡窝镇,80\n矿山街道,120\n合计,200\n");

        Assert.Equal(ReportStatus.Accepted, result.Status);
        Assert.Equal(4, result.Facts.Count);
    }

    [Fact]
    public void SectionTitlesNamingOrgUnitsGiveTheTablesUnderThemTheirOrgUnit()
    {
        var result = ParseCsv("一、峡窝镇\n指标,本周,累计\n排查安全隐患,8,80\n二、矿山街道\n指标,本周,累计\n排查安全隐患,12,120\n");

        Assert.Equal((ReportStatus.Accepted, "cgj"), (result.Status, result.Reporter));
        Assert.Equal([("kuangshan", 12d), ("kuangshan", 120d), ("xiawo", 8d), ("xiawo", 80d)], result.Facts.Select(f => (f.OrgUnit.Value, f.Value)).Order());
    }

    [Fact]
    public void ASectionRowInsideALongTableGivesTheRowsUnderItTheirOrgUnit()
    {
        var result = ParseCsv("指标,本周,累计\n峡窝镇\n排查安全隐患,8,80\n矿山街道\n排查安全隐患,12,120\n");

        Assert.Equal(ReportStatus.Accepted, result.Status);
        Assert.Equal([("kuangshan", 12d), ("kuangshan", 120d), ("xiawo", 8d), ("xiawo", 80d)], result.Facts.Select(f => (f.OrgUnit.Value, f.Value)).Order());
    }

    [Fact]
    public void AFactGivenTwiceWithDifferentValuesAcrossTablesIsADuplicate()
    {
        var result = ParseCsv("指标,本周\n整修路灯,160\n\n指标,本周\n整修路灯,150\n");

        Assert.Equal(ReportStatus.Rejected, result.Status);
        Assert.Equal((IssueCodes.DuplicateValue, "B5"), (Assert.Single(result.Issues).Code, result.Issues[0].Cell));
    }

    [Fact]
    public void AFooterBetweenTwoTablesDoesNotEndTheSheet()
    {
        using var file = Workbook.Xlsx(w => w.AddSheet("周报")
            .Row("指标", "本周").Row("整修路灯", 160).Row("注：路灯含景观灯")
            .Row().Row("乡镇（街道）", "排查安全隐患").Row("峡窝镇", 8));

        var result = Parser.Parse(file, new ReportHints("城管局2022年第13周周报.xlsx"));

        Assert.Equal((ReportStatus.Accepted, 2), (result.Status, result.Facts.Count));
    }

    [Fact]
    public void AClosingLineUnderTheLastTableSaysNothingOfThePeriod()
    {
        // 截至3月31日 under the table is a note, not the report's period (2022-W13 from the file name).
        var result = ParseCsv("指标,本周\n整修路灯,160\n以上数据截至3月31日\n");

        Assert.Equal(("2022-W13", ReportStatus.Accepted), (result.Period?.Code, result.Status));
    }
}
