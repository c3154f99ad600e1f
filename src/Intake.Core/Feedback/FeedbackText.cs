using System.Text;
using Intake.Core.Reports;

namespace Intake.Core.Feedback;

/// <summary>The human-readable feedback a clerk gets: the outcome, then every issue with the cell to fix.</summary>
public static class FeedbackText
{
    public static string Render(ParseResult result, string status)
    {
        ArgumentNullException.ThrowIfNull(result);
        var text = new StringBuilder();
        text.AppendLine($"文件：{result.File}");
        text.AppendLine($"填报单位：{result.Reporter ?? "未识别"}　报告期：{result.Period ?? "未识别"}");
        text.AppendLine("结果：" + StatusText.Describe(result, status));
        foreach (var issue in result.Issues)
        {
            var level = issue.Severity == Severity.Error ? "错误" : "提醒";
            text.AppendLine($"- [{level}] {(issue.Cell is null ? string.Empty : issue.Cell + "：")}{issue.MessageZh}");
        }

        return text.ToString();
    }
}
