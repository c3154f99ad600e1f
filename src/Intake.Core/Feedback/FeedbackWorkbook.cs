using Intake.Core.Catalog;
using Intake.Core.Messages;
using Intake.Core.Reports;
using Intake.Core.Submissions;
using Intake.Core.Workbooks;

namespace Intake.Core.Feedback;

/// <summary>
/// The feedback a department clerk opens in Excel: the outcome, then one row per issue with its
/// cell, indicator, what was found and what is expected; for an accepted report, the values taken.
/// Every text is made formula-safe, since it echoes what the uploader wrote.
/// </summary>
public static class FeedbackWorkbook
{
    public const string IssuesSheet = "问题清单";
    public const string FactsSheet = "已接收数据";

    /// <summary>The row (1-based) of the issues table's header.</summary>
    public const int IssueHeaderRow = 6;

    public static void Write(Stream output, ParseResult result, SubmissionStatus status, ReportCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(catalog);
        using var workbook = new XlsxWriter(output);
        var issues = workbook.AddSheet(IssuesSheet)
            .Row(Bold("上街区报表接收反馈")).Merge("A1:H1")
            .Row("文件", Text(result.File))
            .Row("填报单位", Text(NameOf(catalog, result.Reporter)), "报告期", Text(result.Period ?? "未识别"))
            .Row("结果", StatusText.Describe(result, status))
            .Row()
            .Row(Bold("序号"), Bold("类别"), Bold("单元格"), Bold("指标"), Bold("填报内容"), Bold("应填写"), Bold("问题说明"), Bold("问题代码"));
        var number = 0;
        foreach (var issue in result.Issues)
        {
            issues.Row(
                ++number,
                issue.Severity == Severity.Error ? "错误" : "提醒",
                Text(issue.Cell ?? "（整个文件）"),
                Text(issue.Indicator is null ? null : catalog.IndicatorByCode(issue.Indicator)?.NameZh ?? issue.Indicator),
                Text(issue.Found),
                Text(issue.Expected),
                new StyledCell(Text(issue.MessageZh), CellStyle.Wrap),
                issue.Code);
        }

        if (result.OmittedErrors + result.OmittedWarnings > 0)
        {
            issues.Row(Text(MessageCatalog.IssuesOmitted(result.OmittedErrors, result.OmittedWarnings).Zh));
        }

        if (result.Facts.Count == 0)
        {
            return;
        }

        var facts = workbook.AddSheet(FactsSheet)
            .Row(Bold("单元格"), Bold("单位（乡镇街道/部门）"), Bold("指标"), Bold("口径"), Bold("数值"), Bold("限定"), Bold("计量单位"), Bold("原文"));
        foreach (var fact in result.Facts)
        {
            facts.Row(
                Text(fact.Cell),
                Text(NameOf(catalog, fact.OrgUnit)),
                Text(catalog.IndicatorByCode(fact.Indicator)?.NameZh ?? fact.Indicator),
                fact.Measure == Measure.Cumulative ? "累计" : "本期",
                fact.Value,
                Messages.MessageCatalog.QualifierName(fact.Qualifier).Zh,
                Text(fact.Unit),
                Text(fact.Raw));
        }
    }

    private static string Text(string? text) => SpreadsheetText.Safe(text);

    private static StyledCell Bold(string text) => new(text, CellStyle.Bold);

    private static string NameOf(ReportCatalog catalog, string? code) =>
        code is null ? "未识别" : catalog.OrgUnitByCode(code)?.NameZh ?? code;

}
