using Azure;
using Azure.Data.Tables;

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
}
