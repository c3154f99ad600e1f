using Intake.Core.Reports;

namespace Intake.Core.Feedback;

/// <summary>What an outcome means to the clerk who uploaded the report, in one Chinese sentence.</summary>
public static class StatusText
{
    public static string Describe(ParseResult result, string status) => status switch
    {
        "accepted" => $"已接收，共 {result.Facts.Count} 项数据。",
        "accepted_with_warnings" => $"已接收，共 {result.Facts.Count} 项数据，有 {result.WarningCount} 条提醒，请核实。",
        "duplicate" => "与已接收的版本内容完全相同，未作改动。",
        "superseded" => "已有更新的版本，本版本未采用。",
        _ => $"未接收，有 {result.ErrorCount} 处错误，请修改下列单元格后重新上传。",
    };
}
