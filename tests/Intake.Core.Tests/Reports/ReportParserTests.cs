using Intake.Core.Catalog;
using Intake.Core.Metadata;
using Intake.Core.Quantities;
using Intake.Core.Reading;
using Intake.Core.Reports;
using Intake.Core.Tests.Support;
using Intake.Core.Workbooks;

namespace Intake.Core.Tests.Reports;

public sealed class ReportParserTests
{
    private static readonly ReportParser Parser = new(CatalogLoader.Default, new ReadLimits());

    [Fact]
    public void LongXlsxSampleGivesItsFactsReporterAndPeriod()
    {
        var result = ParseSample("城管局2022年第13周周报.xlsx");

        Assert.Equal(ReportStatus.Accepted, result.Status);
        Assert.Equal("cgj", result.Reporter);
        Assert.Equal("2022-W13", result.Period?.Code);
        Assert.Equal(14, result.Facts.Count);
        var repaired = Assert.Single(result.Facts, f => f.Indicator == "streetlights_repaired" && f.Measure == Measure.Cumulative);
        Assert.Equal((2000d, Qualifier.AtLeast, "盏", "2000余", "周报!E5"), (repaired.Value, repaired.Qualifier, repaired.Unit, repaired.Raw, repaired.Cell));
        var pipes = Assert.Single(result.Facts, f => f.Indicator == "pipes_inspected" && f.Measure == Measure.Cumulative);
        Assert.Equal((20000d, Qualifier.AtLeast), (pipes.Value, pipes.Qualifier));
        Assert.All(result.Facts, f => Assert.Equal("cgj", f.OrgUnit));
    }

    [Fact]
    public void Utf8CsvSampleIsReadWithCellsWithoutSheetName()
    {
        var result = ParseSample("峡窝镇2022年第13周周报.csv");

        Assert.Equal(("xiawo", "2022-W13", ReportStatus.Accepted), (result.Reporter, result.Period?.Code, result.Status));
        var visits = Assert.Single(result.Facts, f => f.Indicator == "enterprise_visits" && f.Measure == Measure.Period);
        Assert.Equal((12d, "B3"), (visits.Value, visits.Cell));
    }

    [Fact]
    public void BinaryXlsSampleIsReadLikeItsXlsxOriginal()
    {
        var result = ParseSample("矿山街道2022年第13周周报.xls");

        Assert.Equal(("kuangshan", "2022-W13", ReportStatus.Accepted), (result.Reporter, result.Period?.Code, result.Status));
        Assert.Equal(12, result.Facts.Count);
        var jobs = Assert.Single(result.Facts, f => f.Indicator == "new_urban_jobs" && f.Measure == Measure.Cumulative);
        Assert.Equal((113d, "一百一十三", "第13周!D8"), (jobs.Value, jobs.Raw, jobs.Cell));
    }

    [Fact]
    public void UnicodeTextExportWithTabsGivesBoundsAndPercentages()
    {
        var result = ParseSample("区人社局2022年一季度就业情况.txt");

        Assert.Equal(("rsj", "2022-Q1", ReportStatus.Accepted), (result.Reporter, result.Period?.Code, result.Status));
        var rate = Assert.Single(result.Facts, f => f.Indicator == "registered_unemployment_rate");
        Assert.Equal((2d, Qualifier.AtMost, "%", "B5"), (rate.Value, rate.Qualifier, rate.Unit, rate.Cell));
        var target = Assert.Single(result.Facts, f => f.Indicator == "jobs_target_completion");
        Assert.Equal((137.8, Measure.Cumulative), (target.Value, target.Measure));
    }

    [Fact]
    public void GbkCsvSampleIsDecoded()
    {
        var result = ParseSample("通航试验区管委会2022年第13周周报.csv");

        Assert.Equal("thsyq", result.Reporter);
        var sorties = Assert.Single(result.Facts, f => f.Measure == Measure.Cumulative);
        Assert.Equal(("drone_patrol_sorties", 56d), (sorties.Indicator, sorties.Value));
    }

    [Fact]
    public void WideSampleGivesOneFactPerTownshipAndLeavesTheTotalOut()
    {
        var result = ParseSample("区人社局2022年第13周各乡镇就业情况.xlsx");

        Assert.Equal(ReportStatus.Accepted, result.Status);
        Assert.Equal("rsj", result.Reporter);
        Assert.Equal(12, result.Facts.Count);
        Assert.DoesNotContain(result.Facts, f => f.Cell.EndsWith("11", StringComparison.Ordinal));
        var xiawo = Assert.Single(result.Facts, f => f.OrgUnit == "xiawo" && f.Indicator == "new_urban_jobs" && f.Measure == Measure.Cumulative);
        Assert.Equal((160d, "就业!C5"), (xiawo.Value, xiawo.Cell));
    }

    [Fact]
    public void SheetPerOrgUnitSampleGivesEachSheetItsOrgUnitAndIgnoresItsRemarks()
    {
        var result = ParseSample("城管局2022年第13周各镇街安全隐患排查表.xlsx");

        Assert.Equal(("cgj", "2022-W13", ReportStatus.Accepted), (result.Reporter, result.Period?.Code, result.Status));
        Assert.Equal(24, result.Facts.Count);
        Assert.Equal(6, result.Facts.Select(f => f.OrgUnit).Distinct().Count());
        var kuangshan = Assert.Single(result.Facts, f => f.OrgUnit == "kuangshan" && f.Indicator == "safety_hazards_found" && f.Measure == Measure.Cumulative);
        Assert.Equal((38d, "矿山街道!D3"), (kuangshan.Value, kuangshan.Cell));
    }

    [Fact]
    public void TidySampleGivesEachRowItsOwnOrgUnitAndPeriod()
    {
        var result = ParseSample("人社局2022年一季度各镇街新增就业历史数据.csv");

        Assert.Equal(ReportStatus.Accepted, result.Status);
        Assert.Equal(78, result.Facts.Count);
        Assert.Equal(13, result.Facts.Select(f => f.Period).Distinct().Count());
        var first = result.Facts[0];
        Assert.Equal(("rsj", "xiawo", "new_urban_jobs", "2022-W01", "D2"), (first.Reporter, first.OrgUnit, first.Indicator, first.Period?.Code, first.Cell));
    }

    [Fact]
    public void TidyRowWithAnUnreadablePeriodIsATypeErrorAtThatCell()
    {
        using var file = Workbook.Csv("orgUnit,dataElement,period,value\nxiawo,new_urban_jobs,2022-W13,15\nxiawo,new_urban_jobs,上周,16\n");

        var result = Parser.Parse(file, new ReportHints("人社局历史数据.csv"));

        var issue = Assert.Single(result.Issues);
        Assert.Equal((IssueCodes.TypeError, "C3"), (issue.Code, issue.Cell));
    }

    [Fact]
    public void TitleOfASheetNamedAfterAnOrgUnitDoesNotNameTheReporter()
    {
        using var file = Workbook.Xlsx(w => w.AddSheet("峡窝镇").Row("峡窝镇隐患排查情况").Row("指标", "本周").Row("排查安全隐患", 8));

        var result = Parser.Parse(file, new ReportHints("城管局2022年第13周排查表.xlsx"));

        Assert.Equal(("cgj", "xiawo"), (result.Reporter, Assert.Single(result.Facts).OrgUnit));
    }

    [Fact]
    public void FilingDateInAChineseDateFormattedCellGivesTheWeekWhenNothingElseDoes()
    {
        using var file = Workbook.Sheet("周报",
            ["指标", "本周"],
            ["整修路灯", 160],
            ["填报日期：", new DateTime(2022, 4, 1)]);

        var result = Parser.Parse(file, new ReportHints("城管局周报.xlsx"));

        Assert.Equal(("2022-W13", ReportStatus.Accepted), (result.Period?.Code, result.Status));
    }

    [Fact]
    public void SerialDateInABuiltInChineseFormatIsReadAsADate()
    {
        using var file = Workbook.Sheet("周报",
            ["指标", "本周"],
            ["整修路灯", 160],
            ["填报日期：", new StyledCell(new DateTime(2022, 4, 8), CellStyle.BuiltInChineseDate)]);

        var result = Parser.Parse(file, new ReportHints("城管局周报.xlsx"));

        Assert.Equal("2022-W14", result.Period?.Code);
    }

    [Fact]
    public void PercentFormattedCellIsStoredInPercentPoints()
    {
        var result = ParseSample("区发改委2022年第13周周报.xlsx");

        var growth = Assert.Single(result.Facts, f => f.Indicator == "industrial_value_added_yoy");
        Assert.Equal((5d, "%", "5%"), (growth.Value, growth.Unit, growth.Raw));
    }

    [Fact]
    public void UnknownValueTextIsATypeErrorNamingItsCell()
    {
        using var file = Workbook.Sheet("周报",
            ["指标", "本周", "累计"],
            ["整修路灯", 160, "不详"]);

        var result = Parser.Parse(file, new ReportHints("城管局2022年第13周周报.xlsx"));

        Assert.Equal(ReportStatus.Rejected, result.Status);
        Assert.Empty(result.Facts);
        var issue = Assert.Single(result.Issues);
        Assert.Equal((IssueCodes.TypeError, "周报!C2", "streetlights_repaired"), (issue.Code, issue.Cell, issue.Indicator));
        Assert.Contains("不详", issue.MessageZh, StringComparison.Ordinal);
        // The cell is named once: by the issue, and in front of the message where text shows it.
        Assert.DoesNotContain("C2", issue.MessageZh, StringComparison.Ordinal);
        Assert.Equal($"周报!C2：{issue.MessageZh}", issue.Located(ReportLanguage.Zh));
    }

    [Fact]
    public async Task ABugInLayoutReadingPropagatesInsteadOfBlamingTheFile()
    {
        var parser = new ReportParser(CatalogLoader.Default, new ReadLimits(), new FailingTableReader());
        using var file = Workbook.Sheet("周报", ["指标", "本周"], ["整修路灯", 160]);

        var thrown = await Assert.ThrowsAsync<InvalidOperationException>(
            () => parser.ParseAsync(() => file, new ReportHints("城管局2022年第13周周报.xlsx")));

        Assert.Equal("simulated bug in layout reading", thrown.Message);
    }

    [Fact]
    public void ExplicitReporterAndPeriodApplyWhenTheFileNameSaysNothing()
    {
        using var file = Workbook.Csv("指标,本周\n整修路灯,160\n");

        var result = Parser.Parse(file, new ReportHints("report.csv", "cgj", "2022-W13"));

        Assert.Equal(("cgj", "2022-W13", ReportStatus.Accepted), (result.Reporter, result.Period?.Code, result.Status));
    }

    [Fact]
    public void ExplicitPeriodThatDisagreesWithTheFileNameIsAConflict()
    {
        using var file = Workbook.Csv("指标,本周\n整修路灯,160\n");

        var result = Parser.Parse(file, new ReportHints("城管局2022年第13周周报.csv", Period: "2022-W14"));

        Assert.Contains(result.Issues, i => i.Code == IssueCodes.PeriodConflict && i.MessageZh.Contains("2022-W14") && i.MessageZh.Contains("2022-W13"));
        Assert.Equal(ReportStatus.Rejected, result.Status);
    }

    [Fact]
    public void ReportWithoutReporterIsRejectedAsReporterMissing()
    {
        using var file = Workbook.Csv("指标,本周\n整修路灯,160\n");

        var result = Parser.Parse(file, new ReportHints("2022年第13周周报.csv"));

        Assert.Contains(result.Issues, i => i.Code == IssueCodes.ReporterMissing);
    }

    [Fact]
    public void FixedMoreThanFoundBreaksTheRuleAtTheLeftCell()
    {
        using var file = Workbook.Sheet("周报",
            ["指标", "累计"],
            ["发现问题", 396],
            ["完成整改", 400]);

        var result = Parser.Parse(file, new ReportHints("区教育局2022年第13周周报.xlsx"));

        var issue = Assert.Single(result.Issues);
        Assert.Equal((IssueCodes.RuleViolation, Severity.Error, "周报!B3"), (issue.Code, issue.Severity, issue.Cell));
        Assert.Contains("完成整改问题数不能大于发现问题数", issue.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void UnemploymentAboveTheControlTargetIsAWarningOnly()
    {
        using var file = Workbook.Sheet("周报",
            ["指标", "本期"],
            ["城镇登记失业率", "5%"]);

        var result = Parser.Parse(file, new ReportHints("人社局2022年第13周周报.xlsx"));

        Assert.Equal(ReportStatus.AcceptedWithWarnings, result.Status);
        Assert.Single(result.Facts);
        Assert.Equal(IssueCodes.RuleViolation, Assert.Single(result.Issues).Code);
    }

    [Fact]
    public void TotalRowThatIsNotTheSumOfItsRowsIsATotalMismatch()
    {
        using var file = Workbook.Sheet("就业",
            ["乡镇（街道）", "城镇新增就业"],
            ["峡窝镇", 15],
            ["矿山街道", 9],
            ["合计", 25]);

        var result = Parser.Parse(file, new ReportHints("人社局2022年第13周.xlsx"));

        var issue = Assert.Single(result.Issues);
        Assert.Equal((IssueCodes.TotalMismatch, "就业!B4"), (issue.Code, issue.Cell));
    }

    [Fact]
    public void SameValueTwiceWithDifferentNumbersIsADuplicateValue()
    {
        using var file = Workbook.Csv("指标,本周\n整修路灯,160\n路灯整修,150\n");

        var result = Parser.Parse(file, new ReportHints("城管局2022年第13周.csv"));

        Assert.Equal(IssueCodes.DuplicateValue, Assert.Single(result.Issues).Code);
    }

    [Fact]
    public void UnknownIndicatorRowIsNamedAtItsLabelCell()
    {
        using var file = Workbook.Csv("指标,本周\n绿化面积,160\n");

        var result = Parser.Parse(file, new ReportHints("城管局2022年第13周.csv"));

        var issue = Assert.Single(result.Issues);
        Assert.Equal((IssueCodes.UnknownIndicator, "A2"), (issue.Code, issue.Cell));
    }

    [Fact]
    public void AValueOfTheWrongUnitIsAUnitMismatch()
    {
        using var file = Workbook.Csv("指标,本周\n整修路灯,3公里\n");

        var result = Parser.Parse(file, new ReportHints("城管局2022年第13周.csv"));

        Assert.Equal(IssueCodes.UnitMismatch, Assert.Single(result.Issues).Code);
    }

    [Fact]
    public void AUnitInTheHeaderIsConvertedToTheCatalogUnit()
    {
        using var file = Workbook.Csv("指标,本周（万米）\n排查管道,1.2\n");

        var result = Parser.Parse(file, new ReportHints("城管局2022年第13周.csv"));

        Assert.Equal(12000d, Assert.Single(result.Facts).Value);
    }

    [Fact]
    public void AFileWithNoTableIsNoData()
    {
        using var file = Workbook.Csv("上街区城管局周报\n本周工作正常开展。\n");

        var result = Parser.Parse(file, new ReportHints("城管局2022年第13周.csv"));

        Assert.Equal(IssueCodes.NoData, Assert.Single(result.Issues).Code);
    }

    [Fact]
    public void HiddenSheetsAreIgnored()
    {
        using var file = Workbook.Xlsx(w =>
        {
            w.AddSheet("周报").Row("指标", "本周").Row("整修路灯", 160);
            w.AddSheet("底稿", XlsxSheetVisibility.Hidden).Row("指标", "本周").Row("整修路灯", 999);
        });

        var result = Parser.Parse(file, new ReportHints("城管局2022年第13周.xlsx"));

        Assert.Equal(160d, Assert.Single(result.Facts).Value);
    }

    [Theory]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31 }, "PDF")]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A }, "图片")]
    [InlineData(new byte[] { }, "空")]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x00, 0x01, 0x02 }, "损坏")]
    [InlineData(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0x00 }, "损坏")]
    public void FilesThatAreNotSpreadsheetsAreUnreadableWithAReason(byte[] content, string reason)
    {
        using var file = new MemoryStream(content);

        var result = Parser.Parse(file, new ReportHints("城管局2022年第13周.xlsx"));

        var issue = Assert.Single(result.Issues);
        Assert.Equal(IssueCodes.UnreadableFile, issue.Code);
        Assert.Contains(reason, issue.MessageZh, StringComparison.Ordinal);
    }

    private static ParseResult ParseSample(string name)
    {
        using var file = File.OpenRead(RepositoryPaths.Sample(name));
        return Parser.Parse(file, new ReportHints(name));
    }
}
