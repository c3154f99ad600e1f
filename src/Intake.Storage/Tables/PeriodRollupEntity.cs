using Azure;
using Azure.Data.Tables;
using Intake.Core.Reports;
using Intake.Core.Rollups;

namespace Intake.Storage.Tables;

/// <summary>
/// A row of <c>IntakePeriodRollups</c>. PartitionKey = month, quarter or year code; RowKey = <c>orgUnit|indicator|measure</c>.
/// <see cref="From"/> and <see cref="ToRollup"/> are the mapping both ways.
/// </summary>
public sealed class PeriodRollupEntity : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;

    public string RowKey { get; set; } = string.Empty;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string Period { get; set; } = string.Empty;

    public DateTime PeriodStart { get; set; }

    public DateTime PeriodEnd { get; set; }

    public string OrgUnit { get; set; } = string.Empty;

    public string Indicator { get; set; } = string.Empty;

    public string Measure { get; set; } = string.Empty;

    public string Aggregation { get; set; } = string.Empty;

    public double Value { get; set; }

    public string Qualifier { get; set; } = string.Empty;

    public int ReportCount { get; set; }

    public DateTimeOffset ComputedAt { get; set; }

    /// <summary>The last day of the latest period the value was taken from.</summary>
    public DateTime AsOf { get; set; }

    public static PeriodRollupEntity From(PeriodRollup rollup, DateTimeOffset computedAt)
    {
        ArgumentNullException.ThrowIfNull(rollup);
        return new PeriodRollupEntity
        {
            PartitionKey = rollup.Period,
            RowKey = TableKeys.Join(rollup.OrgUnit, rollup.Indicator, ContractNames.Of(rollup.Measure)),
            Period = rollup.Period,
            PeriodStart = Date(rollup.PeriodStart),
            PeriodEnd = Date(rollup.PeriodEnd),
            OrgUnit = rollup.OrgUnit,
            Indicator = rollup.Indicator,
            Measure = ContractNames.Of(rollup.Measure),
            Aggregation = ContractNames.Of(rollup.Aggregation),
            Value = rollup.Value,
            Qualifier = ContractNames.Of(rollup.Qualifier),
            ReportCount = rollup.ReportCount,
            ComputedAt = computedAt,
            AsOf = Date(rollup.AsOf),
        };
    }

    public PeriodRollup ToRollup() =>
        new(Period, DateOnly.FromDateTime(PeriodStart), DateOnly.FromDateTime(PeriodEnd), OrgUnit, Indicator, ContractNames.ParseMeasure(Measure),
            ContractNames.ParseAggregation(Aggregation), Value, ContractNames.ParseQualifier(Qualifier), ReportCount, DateOnly.FromDateTime(AsOf));

    private static DateTime Date(DateOnly day) => day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
}
