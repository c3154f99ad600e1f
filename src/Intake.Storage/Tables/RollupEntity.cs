using Azure;
using Azure.Data.Tables;
using Intake.Core.Reports;
using Intake.Core.Rollups;

namespace Intake.Storage.Tables;

/// <summary>A row of <c>IntakeWeeklyRollups</c>. PartitionKey = week; RowKey = <c>orgUnit|indicator|measure</c>.</summary>
public sealed class RollupEntity : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;

    public string RowKey { get; set; } = string.Empty;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string Week { get; set; } = string.Empty;

    public DateTime WeekStart { get; set; }

    public string OrgUnit { get; set; } = string.Empty;

    public string Indicator { get; set; } = string.Empty;

    public string Measure { get; set; } = string.Empty;

    public string Aggregation { get; set; } = string.Empty;

    public double Value { get; set; }

    public string Qualifier { get; set; } = string.Empty;

    public int ReportCount { get; set; }

    public DateTimeOffset ComputedAt { get; set; }

    public static RollupEntity From(WeeklyRollup rollup, DateTimeOffset computedAt)
    {
        ArgumentNullException.ThrowIfNull(rollup);
        return new RollupEntity
        {
            PartitionKey = rollup.Week,
            RowKey = TableKeys.Join(rollup.OrgUnit, rollup.Indicator, ContractNames.Of(rollup.Measure)),
            Week = rollup.Week,
            WeekStart = rollup.WeekStart.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
            OrgUnit = rollup.OrgUnit,
            Indicator = rollup.Indicator,
            Measure = ContractNames.Of(rollup.Measure),
            Aggregation = ContractNames.Of(rollup.Aggregation),
            Value = rollup.Value,
            Qualifier = ContractNames.Of(rollup.Qualifier),
            ReportCount = rollup.ReportCount,
            ComputedAt = computedAt,
        };
    }

    public WeeklyRollup ToRollup() =>
        new(Week, DateOnly.FromDateTime(WeekStart), OrgUnit, Indicator, ContractNames.ParseMeasure(Measure),
            ContractNames.ParseAggregation(Aggregation), Value, ContractNames.ParseQualifier(Qualifier), ReportCount);
}
