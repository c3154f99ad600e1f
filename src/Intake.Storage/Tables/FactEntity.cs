using Azure;
using Azure.Data.Tables;
using Intake.Core.Catalog;
using Intake.Core.Reports;

namespace Intake.Storage.Tables;

/// <summary>
/// A row of <c>IntakeFacts</c>. PartitionKey = the ISO week of a day or week fact, else its period code; RowKey =
/// <c>period|reporter|form|submissionId|orgUnit|indicator|measure</c> (<see cref="FactKeys"/>).
/// </summary>
public sealed class FactEntity : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;

    public string RowKey { get; set; } = string.Empty;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string Reporter { get; set; } = string.Empty;

    public string OrgUnit { get; set; } = string.Empty;

    public string Indicator { get; set; } = string.Empty;

    public string Period { get; set; } = string.Empty;

    public DateTime PeriodStart { get; set; }

    public DateTime PeriodEnd { get; set; }

    public string Measure { get; set; } = string.Empty;

    public double Value { get; set; }

    public string Qualifier { get; set; } = string.Empty;

    public string Unit { get; set; } = string.Empty;

    public string RawText { get; set; } = string.Empty;

    public string SourceCell { get; set; } = string.Empty;

    public string SubmissionId { get; set; } = string.Empty;

    /// <summary>The PartitionKey of the fact's submission in IntakeSubmissions (a report's rows may carry other periods).</summary>
    public string SubmissionPartition { get; set; } = string.Empty;

    /// <summary>Which form of the reporter's reports the fact came from (see ReportForm).</summary>
    public string Form { get; set; } = string.Empty;

    public static FactEntity From(Fact fact, string form, string submissionId, string submissionPartition)
    {
        ArgumentNullException.ThrowIfNull(fact);
        var period = fact.Period;
        return new FactEntity
        {
            PartitionKey = FactKeys.Partition(period),
            RowKey = FactKeys.RowKey(period.Code, fact.Reporter, form, submissionId, fact.OrgUnit, fact.Indicator, ContractNames.Of(fact.Measure)),
            Reporter = fact.Reporter,
            OrgUnit = fact.OrgUnit,
            Indicator = fact.Indicator,
            Period = period.Code,
            PeriodStart = period.Start.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
            PeriodEnd = period.End.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
            Measure = ContractNames.Of(fact.Measure),
            Value = fact.Value,
            Qualifier = ContractNames.Of(fact.Qualifier),
            Unit = fact.Unit,
            RawText = fact.Raw,
            SourceCell = fact.Cell,
            SubmissionId = submissionId,
            SubmissionPartition = submissionPartition,
            Form = form,
        };
    }

    public Fact ToFact() =>
        new(OrgUnitCode.Parse(Reporter), OrgUnitCode.Parse(OrgUnit), IndicatorCode.Parse(Indicator), Core.Periods.Period.Parse(Period), ContractNames.ParseMeasure(Measure), Value, ContractNames.ParseQualifier(Qualifier), Unit, RawText, SourceCell);
}
