using Intake.Core.Metadata;
using Intake.Core.Reports;
using Intake.Core.Tests.Support;

namespace Intake.Core.Tests.Layout;

/// <summary>
/// Layouts an independent generator found misread, each read as a person reads it: measures written other ways,
/// other times in brackets, rows naming org units and measures by their cells, breakdowns, the district's own row,
/// tables side by side, and the lines between tables.
/// </summary>
public sealed partial class SheetTableReaderTests
{
    [Theory]
    [InlineData("年度累计")]
    [InlineData("年累计")]
    [InlineData("截至4月3日累计")]
    [InlineData("累计（截至4月3日）")]
    public void ACumulativeHeaderWrittenWithAYearOrADateIsCumulative(string header)
    {
        var result = ParseCsv($"指标,本周,{header}\n排查路灯线路,20,210\n");

        Assert.Equal(ReportStatus.Accepted, result.Status);
        Assert.Contains(result.Facts, f => (f.Measure, f.Value) == (Measure.Cumulative, 210d));
    }

    [Fact]
    public void ALabelOfAnotherTimeInBracketsIsReportedNeverStoredAsThisWeeks()
    {
        var result = ParseCsv("指标,本周\n排查安全隐患,8\n排查安全隐患（去年同期）,6\n", "峡窝镇2022年第13周周报.csv");

        Assert.Equal(8d, Assert.Single(result.Facts).Value);
        Assert.Equal((IssueCodes.UnknownRow, Severity.Warning, "A3"), (Assert.Single(result.Issues).Code, result.Issues[0].Severity, result.Issues[0].Cell));
    }

    [Theory]
    [InlineData("镇街")]
    [InlineData("镇（办）")]
    [InlineData("街道（镇）")]
    [InlineData("")]
    public void TheRowsOrgUnitColumnIsFoundByItsCellsBesideTheIndicators(string header)
    {
        var result = ParseCsv($"{header},指标,本周,累计\n峡窝镇,排查安全隐患,8,77\n济源路街道,排查安全隐患,5,52\n");

        Assert.Equal(ReportStatus.Accepted, result.Status);
        Assert.Equal(["jiyuanlu", "jiyuanlu", "xiawo", "xiawo"], result.Facts.Select(f => f.OrgUnit.Value).Order());
    }

    [Fact]
    public void ASingleTownshipInAnOrgUnitColumnIsThatTownshipsNotTheReporters()
    {
        var result = ParseCsv("镇街,指标,本周\n峡窝镇,排查安全隐患,8\n");

        Assert.Equal("xiawo", Assert.Single(result.Facts).OrgUnit);
    }

    [Fact]
    public void MeasuresDownTheSideBesideIndicatorsAndTownshipsAcrossTheTop()
    {
        var result = ParseCsv("指标,时段,峡窝镇,济源路街道\n排查安全隐患,本周,8,5\n,累计,77,52\n");

        Assert.Equal(ReportStatus.Accepted, result.Status);
        Assert.Contains(result.Facts, f => (f.OrgUnit, f.Indicator, f.Measure, f.Value) == ("jiyuanlu", "safety_hazards_found", Measure.Cumulative, 52d));
        Assert.Contains(result.Facts, f => (f.OrgUnit, f.Measure, f.Value) == ("xiawo", Measure.Period, 8d));
    }

    [Fact]
    public void ATidyImportsMeasureColumnIsReadByItsCells()
    {
        var result = ParseCsv("单位,指标,口径,数值\n峡窝镇,排查安全隐患,本周,8\n峡窝镇,排查安全隐患,累计,77\n");

        Assert.Equal(ReportStatus.Accepted, result.Status);
        Assert.Equal([(Measure.Period, 8d), (Measure.Cumulative, 77d)], result.Facts.Select(f => (f.Measure, f.Value)));
    }

    [Fact]
    public void ABreakdownRowIsThePartOfTheRowAboveTheCatalogsRulesKeepWithinIt()
    {
        // 已整改 alone is also 区教育局's 督查问题完成整改; under 排查安全隐患 it is 整改安全隐患.
        var result = ParseCsv("指标,本周,累计\n排查安全隐患,8,77\n其中：已整改,7,70\n", "峡窝镇2022年第13周周报.csv");

        Assert.Equal(ReportStatus.Accepted, result.Status);
        Assert.Equal(["safety_hazards_fixed", "safety_hazards_fixed", "safety_hazards_found", "safety_hazards_found"], result.Facts.Select(f => f.Indicator.Value).Order());
    }

    [Fact]
    public void ABreakdownColumnIsThePartOfTheColumnToItsLeft()
    {
        var result = ParseCsv("乡镇（街道）,排查安全隐患,其中：已整改\n峡窝镇,8,7\n");

        Assert.Equal(["safety_hazards_fixed", "safety_hazards_found"], result.Facts.Select(f => f.Indicator.Value).Order());
    }

    [Theory]
    [InlineData("上街区")]
    [InlineData("全区")]
    public void TheDistrictsOwnNameInATableOfItsUnitsIsTheTotal(string label)
    {
        var right = ParseCsv($"乡镇（街道）,排查安全隐患\n峡窝镇,8\n济源路街道,5\n{label},13\n");
        var wrong = ParseCsv($"乡镇（街道）,排查安全隐患\n峡窝镇,8\n济源路街道,5\n{label},14\n");

        Assert.Equal((ReportStatus.Accepted, 2), (right.Status, right.Facts.Count));
        Assert.DoesNotContain(right.Facts, f => f.OrgUnit == "shangjie");
        Assert.Equal((IssueCodes.TotalMismatch, "B4"), (Assert.Single(wrong.Issues).Code, wrong.Issues[0].Cell));
    }

    [Fact]
    public void TablesSideBySideAreEachRead()
    {
        var result = ParseCsv("指标,本周,累计,,乡镇（街道）,排查安全隐患,整改安全隐患\n排查路灯线路,20,210,,峡窝镇,8,7\n整修路灯,150,2000,,济源路街道,5,5\n");

        Assert.Equal(ReportStatus.Accepted, result.Status);
        Assert.Equal(8, result.Facts.Count);
        Assert.Contains(result.Facts, f => (f.OrgUnit, f.Indicator, f.Value, f.Cell) == ("jiyuanlu", "safety_hazards_fixed", 5d, "G3"));
        Assert.Contains(result.Facts, f => (f.OrgUnit, f.Indicator, f.Measure, f.Value) == ("cgj", "streetlights_repaired", Measure.Cumulative, 2000d));
    }

    [Fact]
    public void AUnitLineGivesItsUnitToTheTableUnderItOnly()
    {
        var result = ParseCsv("单位：处\n乡镇（街道）,排查安全隐患\n峡窝镇,8\n\n指标,本周\n排查管道,1500\n");

        Assert.Equal(ReportStatus.Accepted, result.Status);
        Assert.Contains(result.Facts, f => (f.Indicator, f.Value) == ("pipes_inspected", 1500d));
    }

    [Fact]
    public void ALineOfMetadataBetweenTablesIsNoDataRow()
    {
        var result = ParseCsv("指标,本周\n整修路灯,160\n单位：万米\n指标,本周\n排查管道,0.3\n");

        Assert.Equal(ReportStatus.Accepted, result.Status);
        Assert.Contains(result.Facts, f => (f.Indicator, f.Value) == ("pipes_inspected", 3000d));
    }

    [Fact]
    public void LabelWordsOverAnEmptyLowerHeaderRowStandOverTheirColumns()
    {
        var result = ParseCsv("序号,指标,工作完成情况,\n,,本周,累计\n1,整修路灯,160,2000\n2,排查管道,3000,20000\n");

        Assert.Equal((ReportStatus.Accepted, 4), (result.Status, result.Facts.Count));
    }

    [Theory]
    [InlineData("整修路灯数", "streetlights_repaired")]
    [InlineData("排查管道长度", "pipes_inspected")]
    [InlineData("走访企业次数", "enterprise_visits")]
    public void ANameWithTheWordForItsAmountNamesTheIndicator(string label, string indicator)
    {
        var result = ParseCsv($"指标,本周\n{label},16\n", label.StartsWith("走访", StringComparison.Ordinal) ? "峡窝镇2022年第13周周报.csv" : "城管局2022年第13周周报.csv");

        Assert.Equal(indicator, Assert.Single(result.Facts).Indicator);
    }

    [Fact]
    public void ASheetOfNumbersUnderNoHeaderIsToldBesideTheSheetsThatAreRead()
    {
        using var file = Workbook.Xlsx(w =>
        {
            w.AddSheet("周报").Row("指标", "本周").Row("整修路灯", 160);
            w.AddSheet("附表").Row("甲", "乙").Row(1, 2).Row(3, 4);
        });

        var result = Parser.Parse(file, new ReportHints("城管局2022年第13周周报.xlsx"));

        Assert.Equal(ReportStatus.AcceptedWithWarnings, result.Status);
        var issue = Assert.Single(result.Issues);
        Assert.Equal((IssueCodes.NoData, Severity.Warning, "附表!A1"), (issue.Code, issue.Severity, issue.Cell));
    }

    [Fact]
    public void ATitleOnATownshipsSheetThatNamesTheDepartmentNamesTheReporterNotTheSheets()
    {
        using var file = Workbook.Xlsx(w =>
        {
            w.AddSheet("峡窝镇").Row("区城管局2022年第13周安全隐患排查情况").Row("指标", "本周").Row("排查安全隐患", 8);
            w.AddSheet("济源路街道").Row("指标", "本周").Row("排查安全隐患", 5);
        });

        var result = Parser.Parse(file, new ReportHints("周报.xlsx"));

        Assert.Equal(("cgj", ReportStatus.Accepted), (result.Reporter, result.Status));
        Assert.Equal(["jiyuanlu", "xiawo"], result.Facts.Select(f => f.OrgUnit.Value).Order());
    }

    [Theory]
    [InlineData("附件1\n区城管局2022年第13周工作周报\n")]
    [InlineData("表1\n区城管局2022年第13周工作周报\n")]
    [InlineData("2022年第13周工作周报\n（区城管局）\n")]
    [InlineData("上街区城市管理局\n2022年第13周工作周报\n")]
    public void EveryLineOfTheTitleBlockMayNameTheReporter(string title)
    {
        var result = ParseCsv(title + "指标,本周,累计\n排查路灯线路,20,210\n", "周报.csv");

        Assert.Equal(("cgj", "2022-W13", ReportStatus.Accepted), (result.Reporter, result.Period?.Code, result.Status));
    }

    [Fact]
    public void ABulkImportWhoseRowsNameOnePeriodIsThatPeriodsReport()
    {
        var result = ParseCsv("乡镇（街道）,指标,报告期,数值\n峡窝镇,走访企业,2022-W13,12\n矿山街道,走访企业,2022-W13,9\n", "发改委批量导入.csv");

        Assert.Equal(("2022-W13", ReportStatus.Accepted), (result.Period?.Code, result.Status));
    }
}
