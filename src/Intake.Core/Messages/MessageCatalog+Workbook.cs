using Intake.Core.Periods;
using Intake.Core.Reports;

namespace Intake.Core.Messages;

/// <summary>The words of the export workbooks: sheet names, titles and column headers.</summary>
public static partial class MessageCatalog
{
    /// <summary>The typeface of the workbooks: the one Excel gives Chinese text.</summary>
    public const string WorkbookFont = "等线";

    /// <summary>The number format of a date cell, showing the date as the documents write it (2022年4月1日).</summary>
    public static LocalizedText DateNumberFormat => T("yyyy\"年\"m\"月\"d\"日\"", "yyyy-mm-dd");

    public static LocalizedText SummarySheetName => T("汇总", "Summary");

    public static LocalizedText CompletenessSheetName => T("完成情况", "Completeness");

    public static LocalizedText ReconciliationSheetName => T("数据核对", "Reconciliation");

    public static LocalizedText UnitColumn => T("单位", "Org unit");

    public static LocalizedText IndicatorColumn => T("指标", "Indicator");

    public static LocalizedText MeasurementUnitColumn => T("计量单位", "Unit");

    public static LocalizedText CumulativeColumn => MeasureName(Measure.Cumulative);

    public static LocalizedText AggregationColumn => T("汇总方式", "Aggregation");

    public static LocalizedText ReportCountColumn => T("报送份数", "Reports");

    public static LocalizedText SubmittedThisWeekColumn => T("本周报送时间", "Submitted this week");

    public static LocalizedText MeasureColumn => T("口径", "Measure");

    public static LocalizedText KindColumn => T("类型", "Kind");

    public static LocalizedText ChosenColumn => T("采用值", "Value used");

    public static LocalizedText OtherColumn => T("不一致的值", "Disagreeing value");

    public static LocalizedText ExplanationColumn => T("说明", "Explanation");

    public static LocalizedText WeeksDueColumn => T("应报周数", "Weeks due");

    public static LocalizedText WeeksReceivedColumn => T("已报周数", "Weeks reported");

    public static LocalizedText WeeksOnTimeColumn => T("按时周数", "Weeks on time");

    public static LocalizedText WeeksLateColumn => T("迟报周数", "Weeks late");

    public static LocalizedText WeeksMissingColumn => T("未报周数", "Weeks missing");

    public static LocalizedText WorkbookTitle(Period period)
    {
        var name = PeriodName(period);
        return T($"上街区{name.Zh}工作汇总", $"Shangjie District, summary of work: {name.En}");
    }

    /// <summary>The header of the period's own amounts: 本周, 本月, 本季度, 全年.</summary>
    public static LocalizedText AmountColumn(Period period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return period.Kind switch
        {
            PeriodKind.Week => T("本周", "This week"),
            PeriodKind.Month => T("本月", "This month"),
            PeriodKind.Quarter => T("本季度", "This quarter"),
            PeriodKind.Year => T("全年", "Whole year"),
            _ => MeasureName(Measure.Period),
        };
    }
}
