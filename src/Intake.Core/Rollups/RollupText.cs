using Intake.Core.Catalog;
using Intake.Core.Quantities;
using Intake.Core.Reports;

namespace Intake.Core.Rollups;

/// <summary>The Chinese words and sentences of rollups: stored with reconciliation items, shown in exports and the CLI.</summary>
public static class RollupText
{
    public static string MeasureName(Measure measure) => measure == Measure.Cumulative ? "累计" : "本期";

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

    public static string Conflict(ReportCatalog catalog, Indicator indicator, Measure measure, ReconciliationValue chosen, ReconciliationValue other) =>
        $"{Name(catalog, chosen.OrgUnit)}「{indicator.NameZh}」{MeasureName(measure)}（{chosen.Period}）：" +
        $"{Name(catalog, chosen.Reporter)}报{QualifiedNumber.Write(chosen.Value, chosen.Qualifier, indicator.Unit)}（{Where(chosen)}），" +
        $"{Name(catalog, other.Reporter)}报{QualifiedNumber.Write(other.Value, other.Qualifier, indicator.Unit)}（{Where(other)}）；" +
        $"汇总采用{Name(catalog, chosen.Reporter)}的数。";

    public static string OwnerVsUnits(ReportCatalog catalog, Indicator indicator, Measure measure, string owner, double ownerValue, Qualifier ownerQualifier, double unitsValue, Qualifier unitsQualifier, int unitCount) =>
        $"「{indicator.NameZh}」{MeasureName(measure)}全区数：{Name(catalog, owner)}报{QualifiedNumber.Write(ownerValue, ownerQualifier, indicator.Unit)}，" +
        $"已报送的 {unitCount} 个单位合计{QualifiedNumber.Write(unitsValue, unitsQualifier, indicator.Unit)}；全区数采用{Name(catalog, owner)}的数。";

    public static string CumulativeGap(ReportCatalog catalog, Indicator indicator, string orgUnit, string previous, double previousValue, string current, double currentValue, double amount) =>
        $"{Name(catalog, orgUnit)}「{indicator.NameZh}」累计由{previous}的{QualifiedNumber.Write(previousValue, Qualifier.Exact, indicator.Unit)}" +
        $"增至{current}的{QualifiedNumber.Write(currentValue, Qualifier.Exact, indicator.Unit)}，增加{QualifiedNumber.Write(currentValue - previousValue, Qualifier.Exact, indicator.Unit)}，" +
        $"但{current}本期报{QualifiedNumber.Write(amount, Qualifier.Exact, indicator.Unit)}，" +
        $"相差{QualifiedNumber.Write(Math.Abs(currentValue - previousValue - amount), Qualifier.Exact, indicator.Unit)}；请核实累计数或本期数。";

    private static string Where(ReconciliationValue value) =>
        value.File.Length == 0 ? value.Cell : $"{value.File[(value.File.LastIndexOf('/') + 1)..]} {value.Cell}";

    private static string Name(ReportCatalog catalog, string code) => catalog.OrgUnitByCode(code)?.NameZh ?? code;
}
