namespace Intake.Core.Catalog;

/// <summary>
/// One 指标 that reports carry, stored in its catalog <see cref="Unit"/>. <see cref="DistrictValue"/> says how
/// the district's figure is formed (<see cref="ReportCatalog.OwnerOf"/> names the owning department).
/// </summary>
public sealed record Indicator(
    IndicatorCode Code,
    string NameZh,
    IReadOnlyList<string> Aliases,
    string Unit,
    IndicatorValueType ValueType,
    Aggregation TimeAggregation,
    Aggregation UnitAggregation,
    IReadOnlyList<string> Reporters,
    double? Min,
    double? Max,
    DistrictValue DistrictValue = DistrictValue.Sum)
{
    /// <summary>The Chinese name first, then the aliases.</summary>
    public IEnumerable<string> Names => Aliases.Prepend(NameZh);
}
