using Intake.Core.Catalog;
using Intake.Core.Reports;

namespace Intake.Core.Layout;

/// <summary>
/// What one label says — a header cell over a column or a label cell beside a row, read alike: the label word it
/// is (指标, 乡镇（街道）, 序号), or the indicator, org unit, measure, unit or total it names. A value cell means
/// what the labels of its column and of its row say together.
/// </summary>
/// <param name="Word">The role a label word gives its column (指标 → the indicator column), or null.</param>
/// <param name="Indicator">The catalog indicator the label names, or null.</param>
/// <param name="OrgUnit">The code of the org unit the label names, or null.</param>
/// <param name="Measure">The measure the label names (本周, 累计, 一季度), or null.</param>
/// <param name="MeasureStated">True when a word of time decides the measure; false for a value word alone (数值).</param>
/// <param name="Unit">The unit the label gives (（万米）, a unit word alone), or null.</param>
/// <param name="IsUnitWord">True when the label is a unit and nothing else: 次, （盏）, 公里.</param>
/// <param name="Total">Whether the label makes a total (合计, 小计) of its row or column.</param>
/// <param name="Name">The label's words without measure, unit and brackets, normalized; empty when none.</param>
internal sealed record LabelMeaning(
    ColumnRole? Word,
    Indicator? Indicator,
    OrgUnitCode? OrgUnit,
    Measure? Measure,
    bool MeasureStated,
    string? Unit,
    bool IsUnitWord,
    TotalKind Total,
    string Name)
{
    /// <summary>True when the label speaks of another time than the report's (上周, 去年同期, 排查安全隐患（去年同期）).</summary>
    public bool OtherTime { get; init; }

    /// <summary>The span of the year a year-to-date label names (1—2月份, 一季度累计), or null.</summary>
    public Periods.YearToDate? ToDate { get; init; }

    public static readonly LabelMeaning Empty = new(null, null, null, null, false, null, false, TotalKind.None, string.Empty);

    public bool IsEmpty => this == Empty;

    /// <summary>True when the label says what values stand under or beside it: an indicator, org unit, measure or total.</summary>
    public bool NamesValues => Indicator is not null || OrgUnit is not null || Measure is not null || Total != TotalKind.None;

    /// <summary>True when the label means something to a reader of tables (a label word, a name, a unit).</summary>
    public bool IsKnown => Word is not null || NamesValues || IsUnitWord;

    /// <summary>The role a header cell gives its column before the cells below have a say.</summary>
    public ColumnRole ColumnRole => Word ?? (NamesValues ? ColumnRole.Value : ColumnRole.Unknown);
}
