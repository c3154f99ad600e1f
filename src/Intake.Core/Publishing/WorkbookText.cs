using Intake.Core.Periods;

namespace Intake.Core.Publishing;

/// <summary>The words of the export workbooks: sheet names, titles and column headers.</summary>
public static class WorkbookText
{
    public const string SummarySheet = "汇总";
    public const string CompletenessSheet = "完成情况";
    public const string ReconciliationSheet = "数据核对";

    public const string Unit = "单位";
    public const string Indicator = "指标";
    public const string MeasurementUnit = "计量单位";
    public const string Cumulative = "累计";
    public const string Aggregation = "汇总方式";
    public const string ReportCount = "报送份数";
    public const string SubmittedThisWeek = "本周报送时间";
    public const string Measure = "口径";
    public const string Kind = "类型";
    public const string Chosen = "采用值";
    public const string Other = "不一致的值";
    public const string Explanation = "说明";
    public const string WeeksDue = "应报周数";
    public const string WeeksReceived = "已报周数";
    public const string WeeksOnTime = "按时周数";
    public const string WeeksLate = "迟报周数";
    public const string WeeksMissing = "未报周数";

    public static string Title(Period period) => $"上街区{PeriodNames.Full(period)}工作汇总";

    /// <summary>The header of the period's own amounts: 本周, 本月, 本季度, 全年.</summary>
    public static string Amount(Period period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return period.Kind switch
        {
            PeriodKind.Week => "本周",
            PeriodKind.Month => "本月",
            PeriodKind.Quarter => "本季度",
            PeriodKind.Year => "全年",
            _ => "本期",
        };
    }
}
