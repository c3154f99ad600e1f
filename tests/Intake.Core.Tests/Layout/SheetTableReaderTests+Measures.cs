using Intake.Core.Reports;

namespace Intake.Core.Tests.Layout;

/// <summary>Accumulation after a period word, and counting words that are not conversions.</summary>
public sealed partial class SheetTableReaderTests
{
    [Theory]
    [InlineData("一季度累计")]
    [InlineData("1-3月累计")]
    [InlineData("第一季度累计")]
    [InlineData("本年累计")]
    [InlineData("1—3月份")]
    [InlineData("1至3月")]
    public void AccumulationAfterAPeriodWordIsTheReportsCumulativeFigure(string header)
    {
        var result = ParseCsv($"指标,本周,{header}\n整修路灯,160,2000\n");

        Assert.Equal(ReportStatus.Accepted, result.Status);
        Assert.Contains(result.Facts, f => (f.Measure, f.Period?.Code, f.Value) == (Measure.Cumulative, "2022-W13", 2000d));
    }

    [Theory]
    [InlineData("1—2月份", "2022-02")]
    [InlineData("1-2月累计", "2022-02")]
    [InlineData("前两个月", "2022-02")]
    public void AYearToDateSpanThatEndsBeforeTheReportIsTheCumulativeFigureOfItsMonth(string header, string period)
    {
        var result = ParseCsv($"指标,本周,累计,{header}\n整修路灯,160,2000,1800\n");

        Assert.Equal(ReportStatus.Accepted, result.Status);
        Assert.Contains(result.Facts, f => (f.Measure, f.Period?.Code, f.Value) == (Measure.Cumulative, period, 1800d));
        Assert.Contains(result.Facts, f => (f.Measure, f.Period?.Code, f.Value) == (Measure.Cumulative, "2022-W13", 2000d));
    }

    [Fact]
    public void AQuarterSpanInAYearReportIsTheQuartersCumulativeFigure()
    {
        var result = ParseCsv("指标,一季度,前三季度\n整修路灯,2000,5000\n", "城管局2022年工作情况.csv");

        Assert.Equal("2022", result.Period?.Code);
        Assert.Equal([("2022-Q1", 2000d), ("2022-Q3", 5000d)], result.Facts.Select(f => (f.Period?.Code, f.Value)).Order());
    }

    [Theory]
    [InlineData("二季度累计")]
    [InlineData("4-6月累计")]
    [InlineData("下半年")]
    public void ASpanThatStartsLaterInTheYearIsAnotherTimeAndReported(string header)
    {
        var result = ParseCsv($"指标,本周,{header}\n整修路灯,160,900\n");

        Assert.Equal(ReportStatus.AcceptedWithWarnings, result.Status);
        Assert.Equal((IssueCodes.UnknownColumn, "C1"), (Assert.Single(result.Issues).Code, result.Issues[0].Cell));
        Assert.Equal(160d, Assert.Single(result.Facts).Value);
    }

    [Fact]
    public void ACountingWordOverAnotherIsAWarningBesideAPhysicalUnitThatIsAnError()
    {
        // 次 over the catalog's 处 counts the same hazards; 米 over the catalog's 盏 is no count of lamps.
        var result = ParseCsv("指标,本周\n排查安全隐患（次）,8\n整修路灯（米）,160\n");

        Assert.Equal(ReportStatus.Rejected, result.Status);
        var counting = Assert.Single(result.Issues, i => i.Severity == Severity.Warning);
        var physical = Assert.Single(result.Issues, i => i.Severity == Severity.Error);
        Assert.Equal((IssueCodes.UnitMismatch, "B2"), (counting.Code, counting.Cell));
        Assert.Equal((IssueCodes.UnitMismatch, "B3"), (physical.Code, physical.Cell));
    }

    [Fact]
    public void ACountingWordOverAnotherKeepsItsNumber()
    {
        var result = ParseCsv("乡镇（街道）,排查安全隐患（次）\n峡窝镇,8\n矿山街道,12\n");

        Assert.Equal(ReportStatus.AcceptedWithWarnings, result.Status);
        Assert.Equal([8d, 12d], result.Facts.Select(f => f.Value).Order());
        Assert.Equal("处", result.Facts[0].Unit);
        // One warning for the header, not one per township.
        Assert.Single(result.Issues);
    }
}
