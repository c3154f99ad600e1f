using Azure;
using Azure.Data.Tables;
using Intake.Core.Catalog;

namespace Intake.Storage.Tables;

/// <summary>
/// A row of <c>IntakeOrgUnits</c>: PartitionKey <c>catalog</c>, RowKey the code. <see cref="From"/> is the mapping
/// from the catalog; <see cref="SameAs"/> tells whether a stored row still says what the catalog says.
/// </summary>
public sealed class OrgUnitEntity : ITableEntity
{
    public const string CatalogPartition = "catalog";

    public string PartitionKey { get; set; } = string.Empty;

    public string RowKey { get; set; } = string.Empty;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string Code { get; set; } = string.Empty;

    public string NameZh { get; set; } = string.Empty;

    public string NameEn { get; set; } = string.Empty;

    /// <summary><c>district</c>, <c>department</c> or <c>township</c>.</summary>
    public string Kind { get; set; } = string.Empty;

    /// <summary>The code of the unit it belongs to; empty for the district.</summary>
    public string Parent { get; set; } = string.Empty;

    public bool ReportsWeekly { get; set; }

    public static OrgUnitEntity From(OrgUnit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return new OrgUnitEntity
        {
            PartitionKey = CatalogPartition,
            RowKey = unit.Code,
            Code = unit.Code,
            NameZh = unit.NameZh,
            NameEn = unit.NameEn,
            Kind = unit.Kind.ToString().ToLowerInvariant(),
            Parent = unit.Parent ?? string.Empty,
            ReportsWeekly = unit.ReportsWeekly,
        };
    }

    public bool SameAs(OrgUnitEntity other) =>
        other is not null && (Code, NameZh, NameEn, Kind, Parent, ReportsWeekly) == (other.Code, other.NameZh, other.NameEn, other.Kind, other.Parent, other.ReportsWeekly);
}
