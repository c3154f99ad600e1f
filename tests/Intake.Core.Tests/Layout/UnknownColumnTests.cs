using Intake.Core.Catalog;
using Intake.Core.Feedback;
using Intake.Core.Metadata;
using Intake.Core.Reading;
using Intake.Core.Reports;
using Intake.Core.Submissions;
using Intake.Core.Tests.Support;

namespace Intake.Core.Tests.Layout;

/// <summary>A column of numbers that no header rule explains is reported as a warning and not stored.</summary>
public sealed class UnknownColumnTests
{
    private static readonly ReportParser Parser = new(CatalogLoader.Default, new ReadLimits());

    [Theory]
    [InlineData("上周", "C1")]
    [InlineData("去年同期", "C1")]
    [InlineData("完成率", "C1")]
    [InlineData("", "C1")]
    public void ANumberColumnNoRuleExplainsIsAWarningAtItsHeaderCell(string header, string cell)
    {
        var result = ParseCsv($"指标,本周,{header}\n整修路灯,160,150\n排查管道,3000,2800\n");

        Assert.Equal(ReportStatus.AcceptedWithWarnings, result.Status);
        var issue = Assert.Single(result.Issues);
        Assert.Equal((IssueCodes.UnknownColumn, Severity.Warning, cell), (issue.Code, issue.Severity, issue.Cell));
        Assert.Equal([160d, 3000d], result.Facts.Select(f => f.Value).Order());
    }

    [Fact]
    public void ATextColumnIsNoUnknownColumn()
    {
        var result = ParseCsv("指标,本周,责任科室\n整修路灯,160,市政科\n");

        Assert.Equal(ReportStatus.Accepted, result.Status);
    }

    [Fact]
    public void TheClerkSeesTheUnknownColumnInTheTextAndTheWorkbook()
    {
        var result = ParseCsv("指标,本周,上周\n整修路灯,160,150\n");
        using var workbook = new MemoryStream();

        FeedbackWorkbook.Write(workbook, result, SubmissionStatuses.Of(result.Status), CatalogLoader.Default);
        var text = FeedbackText.Render(result, SubmissionStatuses.Of(result.Status), CatalogLoader.Default);

        Assert.Contains("C1：“上周”列填有数字", text, StringComparison.Ordinal);
        workbook.Position = 0;
        var cells = Workbook.ReadAllText(workbook);
        Assert.Contains(IssueCodes.UnknownColumn, cells);
        Assert.Contains("C1", cells);
    }

    private static ParseResult ParseCsv(string text) =>
        Parser.Parse(Workbook.Csv(text), new ReportHints("城管局2022年第13周周报.csv"));
}
