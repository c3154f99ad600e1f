using Intake.Core.Catalog;

namespace Intake.Core.Layout;

/// <summary>The label words Chinese offices put in table headers, and the role each gives its column.</summary>
public static class HeaderVocabulary
{
    private static readonly HashSet<string> IndicatorLabels = Keys("指标", "指标名称", "项目", "名称", "项目名称", "工作内容", "统计指标", "指标项", "indicator", "dataelement");
    private static readonly HashSet<string> OrgUnitLabels = Keys(
        "乡镇(街道)", "乡镇街道", "乡镇/街道", "乡镇", "街道", "镇街", "街镇", "镇(街道)", "镇(街)", "镇办", "镇(办)", "街道(镇)", "镇/街道",
        "填报单位", "单位名称", "责任单位", "orgunit", "org_unit");
    private static readonly HashSet<string> UnitLabels = Keys("计量单位", "unit");
    private static readonly HashSet<string> AmbiguousUnitLabels = Keys("单位");
    private static readonly HashSet<string> PeriodLabels = Keys("报告期", "期间", "统计期", "周次", "周", "日期", "时间", "统计时间", "period");
    private static readonly HashSet<string> IgnoredLabels = Keys("序号", "编号", "备注", "说明", "备注说明", "情况说明", "no", "no.");

    /// <summary>The role a label word gives its column (指标 → indicator column), or null for any other text.</summary>
    /// <param name="key">The header text after <see cref="NameNormalizer.Normalize"/>.</param>
    public static ColumnRole? WordRole(string key) =>
        IndicatorLabels.Contains(key) ? ColumnRole.IndicatorLabel
        : OrgUnitLabels.Contains(key) ? ColumnRole.OrgUnitLabel
        : UnitLabels.Contains(key) ? ColumnRole.UnitLabel
        : AmbiguousUnitLabels.Contains(key) ? ColumnRole.UnitOrOrgUnitLabel
        : PeriodLabels.Contains(key) ? ColumnRole.PeriodLabel
        : IgnoredLabels.Contains(key) ? ColumnRole.Ignored
        : null;

    private static HashSet<string> Keys(params string[] words) =>
        words.Select(NameNormalizer.Normalize).ToHashSet(StringComparer.Ordinal);
}
