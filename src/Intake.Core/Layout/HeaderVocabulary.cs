using Intake.Core.Catalog;
using Intake.Core.Quantities;
using Intake.Core.Reports;

namespace Intake.Core.Layout;

/// <summary>The words Chinese offices put in table headers, and what each says about its column.</summary>
public static class HeaderVocabulary
{
    private static readonly HashSet<string> IndicatorLabels = Keys("指标", "指标名称", "项目", "名称", "项目名称", "工作内容", "统计指标", "指标项", "indicator", "dataelement");
    private static readonly HashSet<string> OrgUnitLabels = Keys("乡镇(街道)", "乡镇街道", "乡镇/街道", "街道", "填报单位", "单位名称", "责任单位", "orgunit", "org_unit");
    private static readonly HashSet<string> UnitLabels = Keys("计量单位", "unit");
    private static readonly HashSet<string> AmbiguousUnitLabels = Keys("单位");
    private static readonly HashSet<string> PeriodLabels = Keys("报告期", "期间", "统计期", "周次", "周", "日期", "时间", "统计时间", "period");
    private static readonly HashSet<string> PeriodValues = Keys("本期", "本周", "本月", "本季", "本季度", "本年", "数值", "数量", "本期完成", "本周完成", "本月完成", "完成", "完成数", "完成值", "完成情况", "数据", "值", "value");
    private static readonly HashSet<string> CumulativeValues = Keys("累计", "截至目前", "截止目前", "本年累计", "年度累计", "累计完成", "截至本周", "截至本期", "截至本月", "自年初累计", "年初至今");
    private static readonly HashSet<string> IgnoredLabels = Keys("序号", "编号", "备注", "说明", "备注说明", "情况说明", "no", "no.");

    /// <summary>How a header cell classifies a column, before the rest of the header is considered.</summary>
    public static TableColumn Classify(ReportCatalog catalog, int index, string headerText, string headerCell)
    {
        var key = NameNormalizer.Normalize(headerText);
        var unit = UnitConverter.FindHeaderUnit(headerText);
        if (key.Length == 0)
        {
            return new TableColumn(index, ColumnRole.Unknown, headerText, headerCell);
        }

        if (IndicatorLabels.Contains(key))
        {
            return new TableColumn(index, ColumnRole.IndicatorLabel, headerText, headerCell);
        }

        if (OrgUnitLabels.Contains(key))
        {
            return new TableColumn(index, ColumnRole.OrgUnitLabel, headerText, headerCell);
        }

        if (UnitLabels.Contains(key))
        {
            return new TableColumn(index, ColumnRole.UnitLabel, headerText, headerCell);
        }

        if (AmbiguousUnitLabels.Contains(key))
        {
            return new TableColumn(index, ColumnRole.UnitOrOrgUnitLabel, headerText, headerCell);
        }

        if (PeriodLabels.Contains(key))
        {
            return new TableColumn(index, ColumnRole.PeriodLabel, headerText, headerCell);
        }

        if (IgnoredLabels.Contains(key))
        {
            return new TableColumn(index, ColumnRole.Ignored, headerText, headerCell);
        }

        if (MeasureOf(key) is { } measure)
        {
            return new TableColumn(index, ColumnRole.Value, headerText, headerCell, Measure: measure, HeaderUnit: unit);
        }

        return catalog.FindIndicator(headerText) is { } indicator
            ? new TableColumn(index, ColumnRole.Value, headerText, headerCell, indicator, HeaderUnit: unit)
            : new TableColumn(index, ColumnRole.Unknown, headerText, headerCell, HeaderUnit: unit);
    }

    /// <summary>The measure a value header names (本周 → period, 累计 → cumulative), or null.</summary>
    public static Measure? MeasureOf(string normalizedKey) =>
        PeriodValues.Contains(normalizedKey) ? Measure.Period
        : CumulativeValues.Contains(normalizedKey) ? Measure.Cumulative
        : null;

    private static HashSet<string> Keys(params string[] words) =>
        words.Select(NameNormalizer.Normalize).ToHashSet(StringComparer.Ordinal);
}
