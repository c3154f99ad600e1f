using Intake.Core.Catalog;
using Intake.Core.Metadata;
using Intake.Core.Reading;
using Intake.Core.Reports;
using Intake.Core.Tests.Support;

namespace Intake.Core.Tests.Reading;

public sealed class HtmlSheetReaderTests
{
    private static readonly ReportParser Parser = new(CatalogLoader.Default, new ReadLimits());

    [Fact]
    public void HtmlTableSavedAsXlsIsReadWithItsSpans()
    {
        const string html = """
            <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style>td{mso-number-format:"\@";}</style></head>
            <body><table border="1">
            <tr><td colspan="5"><b>上街区2022年第13周各镇街走访企业情况</b></td></tr>
            <tr><th rowspan="2">乡镇（街道）</th><th colspan="2">走访企业</th><th colspan="2">收集企业问题</th></tr>
            <tr><th>本周</th><th>累计</th><th>本周</th><th>累计</th></tr>
            <tr><td>峡窝镇</td><td>12</td><td>131</td><td>5</td><td>46</td></tr>
            <tr><td>矿山街道</td><td>6</td><td>71</td><td>3&nbsp;</td><td>24</td></tr>
            </table></body></html>
            """;

        var result = Parser.Parse(Workbook.Csv(html), new ReportHints("区发改委2022年第13周镇街走访导出.xls"));

        Assert.Equal(ReportStatus.Accepted, result.Status);
        Assert.Equal(8, result.Facts.Count);
        var kuangshan = Assert.Single(result.Facts, f => f.OrgUnit == "kuangshan" && f.Indicator == "enterprise_issues_collected" && f.Measure == Measure.Period);
        Assert.Equal((3d, "D5"), (kuangshan.Value, kuangshan.Cell));
    }

    [Fact]
    public void GbkHtmlIsDecoded()
    {
        const string html = "<table><tr><td>指标</td><td>本周</td></tr><tr><td>整修路灯</td><td>160</td></tr></table>";

        var result = Parser.Parse(Workbook.Csv(html, TextEncodingDetector.Gb18030), new ReportHints("城管局2022年第13周.xls"));

        Assert.Equal(160d, Assert.Single(result.Facts).Value);
    }

    [Fact]
    public void WebPageWithoutATableIsUnreadableAndSaysSo()
    {
        var result = Parser.Parse(Workbook.Csv("<html><body><p>登录已过期</p></body></html>"), new ReportHints("城管局2022年第13周.xls"));

        var issue = Assert.Single(result.Issues);
        Assert.Equal(IssueCodes.UnreadableFile, issue.Code);
        Assert.Contains("网页", issue.MessageZh, StringComparison.Ordinal);
    }
}
