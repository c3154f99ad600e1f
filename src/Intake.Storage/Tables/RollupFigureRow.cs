using Azure;
using Azure.Data.Tables;
using Intake.Core.Reports;
using Intake.Core.Rollups;

namespace Intake.Storage.Tables;

/// <summary>
/// The keys and columns a week's rollup row (<see cref="RollupEntity"/>) and a longer period's
/// (<see cref="PeriodRollupEntity"/>) share: RowKey = <c>orgUnit|indicator|measure</c>, and the figure itself.
/// </summary>
public abstract class RollupFigureRow : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;

    public string RowKey { get; set; } = string.Empty;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string OrgUnit { get; set; } = string.Empty;

    public string Indicator { get; set; } = string.Empty;

    public string Measure { get; set; } = string.Empty;

    public string Aggregation { get; set; } = string.Empty;

    public double Value { get; set; }

    public string Qualifier { get; set; } = string.Empty;

    public int ReportCount { get; set; }

    public DateTimeOffset ComputedAt { get; set; }

    /// <summary>Keys this row for <paramref name="partition"/> and writes <paramref name="figure"/> into it.</summary>
    protected void WriteFigure(string partition, IRollupFigure figure, DateTimeOffset computedAt)
    {
        ArgumentNullException.ThrowIfNull(figure);
        PartitionKey = partition;
        RowKey = TableKeys.Join(figure.OrgUnit, figure.Indicator, ContractNames.Of(figure.Measure));
        OrgUnit = figure.OrgUnit;
        Indicator = figure.Indicator;
        Measure = ContractNames.Of(figure.Measure);
        Aggregation = ContractNames.Of(figure.Aggregation);
        Value = figure.Value;
        Qualifier = ContractNames.Of(figure.Qualifier);
        ReportCount = figure.ReportCount;
        ComputedAt = computedAt;
    }

    protected Measure ReadMeasure() => ContractNames.ParseMeasure(Measure);

    protected RollupAggregation ReadAggregation() => ContractNames.ParseAggregation(Aggregation);

    protected Core.Quantities.Qualifier ReadQualifier() => ContractNames.ParseQualifier(Qualifier);
}
