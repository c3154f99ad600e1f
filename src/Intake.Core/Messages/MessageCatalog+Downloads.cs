namespace Intake.Core.Messages;

/// <summary>The names the page gives the documents it hands out: a week's or a period's export workbook and bulletin draft.</summary>
public static partial class MessageCatalog
{
    public static LocalizedText WeekExportName(string week) => T($"上街区{week}周报数据.xlsx", $"Shangjie District {week} weekly data.xlsx");

    public static LocalizedText WeekBulletinName(string week) => T($"上街区{week}工作简报（草稿）.docx", $"Shangjie District {week} work bulletin (draft).docx");

    public static LocalizedText PeriodExportName(string period) => T($"上街区{period}数据汇总.xlsx", $"Shangjie District {period} data summary.xlsx");

    public static LocalizedText PeriodBulletinName(string period) => T($"上街区{period}工作情况（草稿）.docx", $"Shangjie District {period} work report (draft).docx");

    /// <summary>The feedback workbook's name when a clerk downloads it, after the name of the file they uploaded.</summary>
    public static LocalizedText FeedbackDownloadName(string uploaded) => T($"{uploaded}-反馈.xlsx", $"{uploaded}-feedback.xlsx");
}
