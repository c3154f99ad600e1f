using Intake.Core.Metadata;
using Intake.Core.Reports;
using Intake.Core.Tests.Support;

namespace Intake.Core.Tests.Layout;

/// <summary>Tables that run the other way: indicators down the side, org units or measures across the top.</summary>
public sealed partial class SheetTableReaderTests
{
    [Fact]
    public void OrgUnitsAcrossTheTopGiveEachColumnItsOrgUnitAndEachRowItsIndicator()
    {
        var result = ParseCsv("指标,峡窝镇,矿山街道\n排查安全隐患,8,12\n整改安全隐患,7,11\n");

        Assert.Equal(ReportStatus.Accepted, result.Status);
        Assert.Equal(
            [("kuangshan", "safety_hazards_fixed", 11d, "C3"), ("kuangshan", "safety_hazards_found", 12d, "C2"),
             ("xiawo", "safety_hazards_fixed", 7d, "B3"), ("xiawo", "safety_hazards_found", 8d, "B2")],
            result.Facts.Select(f => (f.OrgUnit.Value, f.Indicator.Value, f.Value, f.Cell)).Order());
    }

    [Fact]
    public void ATotalColumnThatAddsUpItsRowIsCheckedAndNotStored()
    {
        var result = ParseCsv("指标,峡窝镇,矿山街道,合计\n排查安全隐患,8,12,20\n整改安全隐患,7,11,18\n");

        Assert.Equal(ReportStatus.Accepted, result.Status);
        Assert.Equal(4, result.Facts.Count);
        Assert.DoesNotContain(result.Facts, f => f.Cell.StartsWith('D'));
    }

    [Fact]
    public void AWrongTotalColumnIsATotalMismatchAtItsOwnCell()
    {
        var result = ParseCsv("指标,峡窝镇,矿山街道,合计\n排查安全隐患,8,12,20\n整改安全隐患,7,11,19\n");

        Assert.Equal(ReportStatus.Rejected, result.Status);
        var issue = Assert.Single(result.Issues);
        Assert.Equal((IssueCodes.TotalMismatch, "D3"), (issue.Code, issue.Cell));
        Assert.Contains("18", issue.MessageZh, StringComparison.Ordinal);
        Assert.Contains("列", issue.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void SubtotalColumnsCheckTheirOwnGroupAndTheTotalEveryDetailColumn()
    {
        const string Header = "指标,峡窝镇,小计,矿山街道,工业路街道,街道小计,合计\n";

        var right = ParseCsv(Header + "排查安全隐患,8,8,12,5,17,25\n");
        var wrongGroup = ParseCsv(Header + "排查安全隐患,8,8,12,5,18,25\n");

        Assert.Equal((ReportStatus.Accepted, 3), (right.Status, right.Facts.Count));
        Assert.Equal((IssueCodes.TotalMismatch, "F2"), (Assert.Single(wrongGroup.Issues).Code, wrongGroup.Issues[0].Cell));
    }

    [Fact]
    public void AMergedOrgUnitOverItsMeasuresGivesBoth()
    {
        using var file = Workbook.Xlsx(w => w.AddSheet("排查")
            .Row("指标", "峡窝镇", null, "矿山街道", null).Merge("B1:C1").Merge("D1:E1")
            .Row(null, "本周", "累计", "本周", "累计")
            .Row("排查安全隐患", 8, 80, 12, 120));

        var result = Parser.Parse(file, new ReportHints("城管局2022年第13周排查表.xlsx"));

        Assert.Equal(ReportStatus.Accepted, result.Status);
        Assert.Contains(result.Facts, f => (f.OrgUnit, f.Measure, f.Value) == ("kuangshan", Measure.Cumulative, 120d));
        Assert.Contains(result.Facts, f => (f.OrgUnit, f.Measure, f.Value) == ("xiawo", Measure.Period, 8d));
    }

    [Fact]
    public void MeasuresDownTheSideUnderIndicatorsAcrossTheTopGiveEachRowItsMeasure()
    {
        var result = ParseCsv("项目,走访企业,收集企业问题\n本周,12,5\n累计,131,46\n", "峡窝镇2022年第13周周报.csv");

        Assert.Equal(ReportStatus.Accepted, result.Status);
        Assert.Contains(result.Facts, f => (f.Indicator, f.Measure, f.Value) == ("enterprise_visits", Measure.Cumulative, 131d));
        Assert.Contains(result.Facts, f => (f.Indicator, f.Measure, f.Value) == ("enterprise_issues_collected", Measure.Period, 5d));
    }

    [Fact]
    public void AnOrgUnitAcrossTheTopThatTheCatalogLacksIsNamedAtItsHeader()
    {
        var result = ParseCsv("指标,峡窝镇,金水区某镇\n排查安全隐患,8,12\n");

        Assert.Contains(result.Issues, i => (i.Code, i.Cell) == (IssueCodes.UnknownOrgUnit, "C1"));
        Assert.Equal(ReportStatus.Rejected, result.Status);
    }

    [Fact]
    public void ARowOfNumbersWithoutALabelIsReportedAndNotStored()
    {
        var result = ParseCsv("指标,本周,累计\n排查安全隐患,8,80\n,5,50\n");

        Assert.Equal(ReportStatus.AcceptedWithWarnings, result.Status);
        var issue = Assert.Single(result.Issues);
        Assert.Equal((IssueCodes.UnknownRow, Severity.Warning, "A3"), (issue.Code, issue.Severity, issue.Cell));
        Assert.Equal(2, result.Facts.Count);
    }

    [Fact]
    public void AnOrgUnitLeftBlankUnderItsFirstRowInACsvIsTheOneAbove()
    {
        var result = ParseCsv("乡镇（街道）,指标,本周\n峡窝镇,排查安全隐患,8\n,整改安全隐患,7\n矿山街道,排查安全隐患,12\n");

        Assert.Equal(ReportStatus.Accepted, result.Status);
        Assert.Equal(["kuangshan", "xiawo", "xiawo"], result.Facts.Select(f => f.OrgUnit.Value).Order());
    }
}
