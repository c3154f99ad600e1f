using Intake.Core.Catalog;
using Intake.Core.Layout;
using Intake.Core.Metadata;
using Intake.Core.Reading;
using Intake.Core.Reports;
using Intake.Core.Tests.Support;

namespace Intake.Core.Tests.Layout;

/// <summary>合计/总计 check every detail row; 小计 rows, whatever their prefix, check their own group.</summary>
public sealed class TotalRowTests
{
    private static readonly ReportParser Parser = new(CatalogLoader.Default, new ReadLimits());

    private const string Grouped =
        "乡镇（街道）,排查安全隐患\n峡窝镇,8\n镇小计,{0}\n矿山街道,12\n工业路街道,5\n街道小计,{1}\n合计,{2}\n";

    [Theory]
    [InlineData("小计", TotalKind.Subtotal)]
    [InlineData("镇小计", TotalKind.Subtotal)]
    [InlineData("街道小计", TotalKind.Subtotal)]
    [InlineData("其中：小计", TotalKind.Subtotal)]
    [InlineData("小 计", TotalKind.Subtotal)]
    [InlineData("合计", TotalKind.Grand)]
    [InlineData("总计", TotalKind.Grand)]
    [InlineData("全区合计", TotalKind.Grand)]
    [InlineData("合计数", TotalKind.Grand)]
    [InlineData("合 计", TotalKind.Grand)]
    [InlineData("峡窝镇", TotalKind.None)]
    [InlineData("整修路灯", TotalKind.None)]
    public void ATotalRowIsToldByItsWords(string label, TotalKind kind) =>
        Assert.Equal(kind, RowLabels.TotalOf(label));

    [Fact]
    public void EachSubtotalChecksItsOwnGroupAndNoneIsStored()
    {
        var result = ParseCsv(string.Format(Grouped, 8, 17, 25));

        Assert.Equal(ReportStatus.Accepted, result.Status);
        Assert.Equal(["gongyelu", "kuangshan", "xiawo"], result.Facts.Select(f => f.OrgUnit.Value).Order());
    }

    [Fact]
    public void AWrongSubtotalIsATotalMismatchAtItsOwnCell()
    {
        var result = ParseCsv(string.Format(Grouped, 8, 18, 25));

        var issue = Assert.Single(result.Issues);
        Assert.Equal((IssueCodes.TotalMismatch, "B6"), (issue.Code, issue.Cell));
        Assert.Contains("小计", issue.MessageZh, StringComparison.Ordinal);
        Assert.Contains("17", issue.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void AWrongGrandTotalIsCheckedAgainstEveryDetailRowNotTheSubtotals()
    {
        // 8 + 12 + 5 = 25; adding the subtotals in would make 50.
        var result = ParseCsv(string.Format(Grouped, 8, 17, 24));

        var issue = Assert.Single(result.Issues);
        Assert.Equal((IssueCodes.TotalMismatch, "B7"), (issue.Code, issue.Cell));
        Assert.Contains("25", issue.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void ASubtotalIsNeverTakenForAnOrgUnit()
    {
        var result = ParseCsv("乡镇（街道）,排查安全隐患\n矿山街道,12\n工业路街道,5\n其中街道小计,17\n");

        Assert.Equal(ReportStatus.Accepted, result.Status);
        Assert.DoesNotContain(result.Issues, i => i.Code == IssueCodes.UnknownOrgUnit);
        Assert.Equal(2, result.Facts.Count);
    }

    private static ParseResult ParseCsv(string text) =>
        Parser.Parse(Workbook.Csv(text), new ReportHints("城管局2022年第13周周报.csv"));
}
