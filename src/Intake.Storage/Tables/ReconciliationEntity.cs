using Azure;
using Azure.Data.Tables;

namespace Intake.Storage.Tables;

/// <summary>A row of <c>IntakeReconciliation</c>. PartitionKey = week; RowKey = <c>orgUnit|indicator|measure|kind</c>.</summary>
public sealed class ReconciliationEntity : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;

    public string RowKey { get; set; } = string.Empty;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string Week { get; set; } = string.Empty;

    public string OrgUnit { get; set; } = string.Empty;

    public string Indicator { get; set; } = string.Empty;

    public string Measure { get; set; } = string.Empty;

    public string Kind { get; set; } = string.Empty;

    public double ChosenValue { get; set; }

    public double OtherValue { get; set; }

    public string ValuesJson { get; set; } = string.Empty;

    public string Message { get; set; } = string.Empty;
}
