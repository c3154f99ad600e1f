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

        // Value headers are read by the meaning of their words (HeaderGrammar), not matched whole.
        var meaning = HeaderGrammar.Read(headerText);
        var headerUnit = meaning.Unit ?? unit;
        if (meaning.IsMeasureOnly)
        {
            return new TableColumn(index, ColumnRole.Value, headerText, headerCell, Measure: meaning.Measure!.Value, HeaderUnit: headerUnit);
        }

        if (catalog.FindIndicator(headerText) is { } named)
        {
            return new TableColumn(index, ColumnRole.Value, headerText, headerCell, named, meaning.Measure ?? Measure.Period, headerUnit);
        }

        return meaning.Name.Length > 0 && catalog.FindIndicator(meaning.Name) is { } indicator
            ? new TableColumn(index, ColumnRole.Value, headerText, headerCell, indicator, meaning.Measure ?? Measure.Period, headerUnit)
            : new TableColumn(index, ColumnRole.Unknown, headerText, headerCell, HeaderUnit: headerUnit);
    }

    private static HashSet<string> Keys(params string[] words) =>
        words.Select(NameNormalizer.Normalize).ToHashSet(StringComparer.Ordinal);
}
