using System.Text;
using Intake.Core.Reports;

namespace Intake.Storage.Blobs;

/// <summary>The human-readable feedback a clerk gets: the outcome, then every issue with the cell to fix.</summary>
public static class FeedbackText
{
    public static string Render(ParseResult result, string status)
    {
        ArgumentNullException.ThrowIfNull(result);
        var text = new StringBuilder();
        text.AppendLine($"文件：{result.File}");
        text.AppendLine($"填报单位：{result.Reporter ?? "未识别"}　报告期：{result.Period ?? "未识别"}");
        text.AppendLine(status switch
        {
            "accepted" => $"结果：已接收，共 {result.Facts.Count} 项数据。",
            "accepted_with_warnings" => $"结果：已接收，共 {result.Facts.Count} 项数据，有 {result.WarningCount} 条提醒，请核实。",
            "duplicate" => "结果：与已接收的版本内容完全相同，未作改动。",
            "superseded" => "结果：已有更新的版本，本版本未采用。",
            _ => $"结果：未接收，有 {result.ErrorCount} 处错误，请修改下列单元格后重新上传。",
        });
        foreach (var issue in result.Issues)
        {
            var level = issue.Severity == Severity.Error ? "错误" : "提醒";
            text.AppendLine($"- [{level}] {(issue.Cell is null ? string.Empty : issue.Cell + "：")}{issue.MessageZh}");
        }

        return text.ToString();
    }
}
