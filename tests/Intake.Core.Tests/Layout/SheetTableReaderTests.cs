using Intake.Core.Catalog;
using Intake.Core.Metadata;
using Intake.Core.Reading;
using Intake.Core.Reports;
using Intake.Core.Tests.Support;

namespace Intake.Core.Tests.Layout;

/// <summary>Layout cases, one small fixture each, read through the whole parser.</summary>
public sealed partial class SheetTableReaderTests
{
    private static readonly ReportParser Parser = new(CatalogLoader.Default, new ReadLimits());

    [Fact]
    public void AUnitInTheRowLabelIsConverted()
    {
        var result = ParseCsv("指标,本周\n排查管道（万米）,0.5\n");

        Assert.Equal(5000d, Assert.Single(result.Facts).Value);
    }

    [Fact]
    public void AUnitLineBesideTheReporterLineSetsTheTableUnit()
    {
        var result = ParseCsv("填报单位：区城管局,,单位：万米\n指标,本周\n排查管道,0.3\n");

        Assert.Equal(3000d, Assert.Single(result.Facts).Value);
    }

    [Fact]
    public void TotalInTheNumberColumnIsATotalRowNotAFact()
    {
        var right = ParseCsv("序号,乡镇（街道）,排查安全隐患\n1,峡窝镇,8\n2,矿山街道,12\n合计,,20\n");
        var wrong = ParseCsv("序号,乡镇（街道）,排查安全隐患\n1,峡窝镇,8\n2,矿山街道,12\n合计,,21\n");

        Assert.Equal(["kuangshan", "xiawo"], right.Facts.Select(f => f.OrgUnit.Value).Order());
        Assert.Empty(right.Issues);
        Assert.Equal((IssueCodes.TotalMismatch, "C4"), (Assert.Single(wrong.Issues).Code, wrong.Issues[0].Cell));
    }

    [Fact]
    public void AnOrgUnitInTheUnitColumnOfALongTableIsAnOrgUnit()
    {
        var result = ParseCsv("单位,指标,本周\n峡窝镇,排查安全隐患,8\n金水区某镇,排查安全隐患,3\n合计,排查安全隐患,11\n");

        Assert.Contains(result.Issues, i => (i.Code, i.Cell) == (IssueCodes.UnknownOrgUnit, "A3"));
        Assert.DoesNotContain(result.Issues, i => i.Code == IssueCodes.UnitMismatch);
    }

    [Fact]
    public void TwoRowHeaderOfACsvKeepsTheGroupOverItsMeasures()
    {
        var result = ParseCsv("乡镇（街道）,城镇新增就业,,走访企业,\n,本周,累计,本周,累计\n峡窝镇,15,160,12,131\n", "峡窝镇2022年第13周周报.csv");

        Assert.Equal(4, result.Facts.Count);
        Assert.Contains(result.Facts, f => f.Indicator == "new_urban_jobs" && f.Measure == Measure.Cumulative && f.Value == 160);
        Assert.Contains(result.Facts, f => f.Indicator == "enterprise_visits" && f.Measure == Measure.Cumulative && f.Value == 131);
    }

    [Fact]
    public void AValueColumnWithoutAnIndicatorIsAnUnknownColumnAndNotStored()
    {
        var result = ParseCsv("乡镇（街道）,城镇新增就业,本周\n峡窝镇,15,3\n", "人社局2022年第13周周报.csv");

        var issue = Assert.Single(result.Issues);
        Assert.Equal((IssueCodes.UnknownColumn, "C1", Severity.Warning), (issue.Code, issue.Cell, issue.Severity));
        Assert.Equal(ReportStatus.AcceptedWithWarnings, result.Status);
        Assert.Equal(15, Assert.Single(result.Facts).Value);
    }

    [Fact]
    public void ALabelValueMetadataLineAboveTheHeaderIsNotAGroupHeader()
    {
        var result = ParseCsv("填报单位,峡窝镇,报告期,2022年3月28日至4月3日\n指标,本周,累计\n走访企业,12,131\n", "周报.csv");

        Assert.Equal(("xiawo", "2022-W13", ReportStatus.Accepted), (result.Reporter, result.Period?.Code, result.Status));
        Assert.Equal(2, result.Facts.Count);
    }

    [Fact]
    public void ASummarySheetIsCheckedAgainstTheOtherSheetsAndNotStored()
    {
        using var file = Workbook.Xlsx(w =>
        {
            w.AddSheet("峡窝镇").Row("指标", "本周").Row("排查安全隐患", 8);
            w.AddSheet("矿山街道").Row("指标", "本周").Row("排查安全隐患", 3);
            w.AddSheet("汇总").Row("指标", "本周").Row("排查安全隐患", 12);
        });

        var result = Parser.Parse(file, new ReportHints("城管局2022年第13周排查表.xlsx"));

        var issue = Assert.Single(result.Issues);
        Assert.Equal((IssueCodes.TotalMismatch, "汇总!B2"), (issue.Code, issue.Cell));
    }

    [Fact]
    public void ASummarySheetThatAddsUpIsNotStored()
    {
        using var file = Workbook.Xlsx(w =>
        {
            w.AddSheet("峡窝镇").Row("指标", "本周").Row("排查安全隐患", 8);
            w.AddSheet("矿山街道").Row("指标", "本周").Row("排查安全隐患", 3);
            w.AddSheet("汇总").Row("指标", "本周").Row("排查安全隐患", 11);
        });

        var result = Parser.Parse(file, new ReportHints("城管局2022年第13周排查表.xlsx"));

        Assert.Equal(ReportStatus.Accepted, result.Status);
        Assert.Equal(["kuangshan", "xiawo"], result.Facts.Select(f => f.OrgUnit.Value).Order());
    }

    [Fact]
    public void ASummarySheetAloneIsTheReport()
    {
        using var file = Workbook.Xlsx(w => w.AddSheet("汇总").Row("指标", "本周").Row("排查安全隐患", 11));

        var result = Parser.Parse(file, new ReportHints("城管局2022年第13周排查表.xlsx"));

        Assert.Equal(11d, Assert.Single(result.Facts).Value);
    }

    private static ParseResult ParseCsv(string text, string name = "城管局2022年第13周周报.csv") =>
        Parser.Parse(Workbook.Csv(text), new ReportHints(name));
}
