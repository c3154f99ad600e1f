using Intake.Core.Quantities;
using Intake.Core.Rollups;

namespace Intake.Core.Messages;

/// <summary>
/// The words of rollups, one term per idea on every surface (feedback workbook, web page, exports, CLI):
/// a bound is 以上/以内/约, a conflict is 数据冲突, a district figure that differs from its units is 全区数与各单位合计不符.
/// </summary>
public static partial class MessageCatalog
{
    public static LocalizedText QualifierName(Qualifier qualifier) => qualifier switch
    {
        Qualifier.AtLeast => T("以上", "at least"),
        Qualifier.AtMost => T("以内", "at most"),
        Qualifier.Approx => T("约", "about"),
        _ => T(string.Empty, string.Empty),
    };

    public static LocalizedText ReconciliationKindName(ReconciliationKind kind) => kind switch
    {
        ReconciliationKind.Conflict => T("数据冲突", "conflicting values"),
        ReconciliationKind.CumulativeGap => T("累计与本期数不衔接", "the cumulative figure grew by another amount than the period's"),
        _ => T("全区数与各单位合计不符", "the district figure differs from the units' sum"),
    };

    /// <summary>How a district figure was made: the units' sum, the latest value, or the lead department's own figure.</summary>
    public static LocalizedText AggregationName(RollupAggregation aggregation) => aggregation switch
    {
        RollupAggregation.Sum => T("合计", "sum"),
        RollupAggregation.Last => T("最新值", "latest value"),
        RollupAggregation.Owner => T("牵头部门数", "lead department's figure"),
        _ => throw new ArgumentOutOfRangeException(nameof(aggregation), aggregation, null),
    };

    public static LocalizedText ReportingStatusColumn => T("状态", "Status");

    public static LocalizedText SubmittedAtColumn => T("报送时间", "Submitted");
}
