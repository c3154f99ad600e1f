using Azure;
using Azure.Data.Tables;
using Intake.Core.Catalog;

namespace Intake.Storage.Tables;

/// <summary>
/// A row of <c>IntakeIndicators</c>: PartitionKey <c>catalog</c>, RowKey the code. <see cref="From"/> is the mapping
/// from the catalog; <see cref="SameAs"/> tells whether a stored row still says what the catalog says.
/// </summary>
public sealed class IndicatorEntity : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;

    public string RowKey { get; set; } = string.Empty;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string Code { get; set; } = string.Empty;

    public string NameZh { get; set; } = string.Empty;

    /// <summary>The catalog unit facts are stored in (<c>盏</c>, <c>%</c>).</summary>
    public string Unit { get; set; } = string.Empty;

    /// <summary><c>integer</c>, <c>decimal</c> or <c>percent</c>.</summary>
    public string ValueType { get; set; } = string.Empty;

    /// <summary><c>sum</c> or <c>last</c>: how values combine across periods.</summary>
    public string TimeAggregation { get; set; } = string.Empty;

    /// <summary><c>sum</c> or <c>last</c>: how values combine across org units.</summary>
    public string UnitAggregation { get; set; } = string.Empty;

    /// <summary><c>owner</c> or <c>sum</c>: how the district's figure is formed.</summary>
    public string DistrictValue { get; set; } = string.Empty;

    /// <summary>Who normally reports it, <c>|</c>-separated as in the catalog (<c>rsj|townships</c>).</summary>
    public string Reporters { get; set; } = string.Empty;

    public static IndicatorEntity From(Indicator indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        return new IndicatorEntity
        {
            PartitionKey = OrgUnitEntity.CatalogPartition,
            RowKey = indicator.Code,
            Code = indicator.Code,
            NameZh = indicator.NameZh,
            Unit = indicator.Unit,
            ValueType = indicator.ValueType.ToString().ToLowerInvariant(),
            TimeAggregation = indicator.TimeAggregation.ToString().ToLowerInvariant(),
            UnitAggregation = indicator.UnitAggregation.ToString().ToLowerInvariant(),
            DistrictValue = indicator.DistrictValue.ToString().ToLowerInvariant(),
            Reporters = string.Join('|', indicator.Reporters),
        };
    }

    public bool SameAs(IndicatorEntity other) =>
        other is not null
        && (Code, NameZh, Unit, ValueType, TimeAggregation, UnitAggregation, DistrictValue, Reporters)
        == (other.Code, other.NameZh, other.Unit, other.ValueType, other.TimeAggregation, other.UnitAggregation, other.DistrictValue, other.Reporters);
}
