using Intake.Core.Catalog;
using Intake.Core.Quantities;
using Intake.Core.Reports;

namespace Intake.Core.Rollups;

/// <summary>The Chinese words and sentences of rollups: stored with reconciliation items, shown in exports and the CLI.</summary>
public static class RollupText
{
    public static string MeasureName(Measure measure) => Messages.MessageCatalog.MeasureName(measure).Zh;

    public static string StatusName(ReportingStatus status) => status switch
    {
        ReportingStatus.OnTime => "按时",
        ReportingStatus.Late => "迟报",
        ReportingStatus.Missing => "未报",
        _ => "不需报送",
    };

    public static string AggregationName(RollupAggregation aggregation) => aggregation switch
    {
        RollupAggregation.Owner => "牵头部门数",
        RollupAggregation.Last => "最新值",
        _ => "合计",
    };

    public static string KindName(ReconciliationKind kind) => Messages.MessageCatalog.ReconciliationKindName(kind).Zh;
}
