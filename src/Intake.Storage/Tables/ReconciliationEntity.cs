using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Intake.Core.Catalog;
using Intake.Core.Reports;
using Intake.Core.Rollups;

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

    public string ChosenQualifier { get; set; } = string.Empty;

    public string ChosenReporter { get; set; } = string.Empty;

    public string ChosenPeriod { get; set; } = string.Empty;

    public string ChosenFile { get; set; } = string.Empty;

    public string ChosenCell { get; set; } = string.Empty;

    public double OtherValue { get; set; }

    public string OtherQualifier { get; set; } = string.Empty;

    public string OtherReporter { get; set; } = string.Empty;

    public string OtherPeriod { get; set; } = string.Empty;

    public string OtherFile { get; set; } = string.Empty;

    public string OtherCell { get; set; } = string.Empty;

    public int UnitCount { get; set; }

    /// <summary><c>cumulative-gap</c>: the earlier 累计; 0 for the other kinds.</summary>
    public double BaseValue { get; set; }

    public string ValuesJson { get; set; } = string.Empty;

    private const int MaxStringLength = 32_000;

    public static ReconciliationEntity From(ReconciliationItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return new ReconciliationEntity
        {
            PartitionKey = item.Week,
            RowKey = TableKeys.Join(item.OrgUnit, item.Indicator, ContractNames.Of(item.Measure), ContractNames.Of(item.Kind)),
            Week = item.Week,
            OrgUnit = item.OrgUnit,
            Indicator = item.Indicator,
            Measure = ContractNames.Of(item.Measure),
            Kind = ContractNames.Of(item.Kind),
            ChosenValue = item.Chosen.Value,
            ChosenQualifier = ContractNames.Of(item.Chosen.Qualifier),
            ChosenReporter = item.Chosen.Reporter?.Value ?? string.Empty,
            ChosenPeriod = item.Chosen.Period,
            ChosenFile = item.Chosen.File,
            ChosenCell = item.Chosen.Cell,
            OtherValue = item.Other.Value,
            OtherQualifier = ContractNames.Of(item.Other.Qualifier),
            OtherReporter = item.Other.Reporter?.Value ?? string.Empty,
            OtherPeriod = item.Other.Period,
            OtherFile = item.Other.File,
            OtherCell = item.Other.Cell,
            UnitCount = item.UnitCount,
            BaseValue = item.BaseValue ?? 0,
            ValuesJson = WriteValues(item.Values),
        };
    }

    /// <summary>
    /// The item this row holds. A row written before rows held their sides (no <c>ChosenQualifier</c>; it held a
    /// Chinese sentence instead) does not read: its week or period is rebuilt (docs/operations.md, upgrading).
    /// </summary>
    public ReconciliationItem ToItem()
    {
        if (ChosenQualifier.Length == 0)
        {
            throw new InvalidDataException(
                $"{StorageNames.ReconciliationTable} row {PartitionKey}/{RowKey} was written before reconciliation rows held their data; " +
                $"rebuild {Week} with intake rollup ({(Core.Periods.Period.TryParse(Week, out var period) && period.Kind == Core.Periods.PeriodKind.Week ? "--week" : "--period")} {Week})");
        }

        var measure = ContractNames.ParseMeasure(Measure);
        var chosen = new ReconciliationSide(ChosenValue, ContractNames.ParseQualifier(ChosenQualifier), Reporter(ChosenReporter), ChosenPeriod, ChosenFile, ChosenCell);
        var other = new ReconciliationSide(OtherValue, ContractNames.ParseQualifier(OtherQualifier), Reporter(OtherReporter), OtherPeriod, OtherFile, OtherCell);
        var kind = ContractNames.ParseReconciliationKind(Kind);
        return new ReconciliationItem(Week, OrgUnitCode.Parse(OrgUnit), IndicatorCode.Parse(Indicator), measure, kind, chosen, other, ReadValues(ValuesJson, measure))
        {
            UnitCount = UnitCount,
            BaseValue = kind == ReconciliationKind.CumulativeGap ? BaseValue : null,
        };
    }

    // A side no one reported (a sum, a difference) has no reporter.
    private static OrgUnitCode? Reporter(string stored) => stored.Length == 0 ? null : OrgUnitCode.Parse(stored);

    // Every value with who gave it; a list too long for one property keeps its first values.
    private static string WriteValues(IReadOnlyList<ReconciliationValue> values)
    {
        for (var count = values.Count; ; count /= 2)
        {
            var json = JsonSerializer.Serialize(values.Take(count).Select(v => new
            {
                orgUnit = v.OrgUnit.Value,
                reporter = v.Reporter.Value,
                submissionId = v.SubmissionId,
                file = v.File,
                period = v.Period,
                cell = v.Cell,
                value = v.Value,
                qualifier = ContractNames.Of(v.Qualifier),
                raw = v.Raw,
                used = v.Used,
                measure = ContractNames.Of(v.Measure),
            }));
            if (json.Length <= MaxStringLength || count == 0)
            {
                return json;
            }
        }
    }

    // Values stored before they carried their file or measure have none, and the item's measure.
    private static List<ReconciliationValue> ReadValues(string json, Measure measure)
    {
        using var document = JsonDocument.Parse(json.Length == 0 ? "[]" : json);
        return document.RootElement.EnumerateArray().Select(v => new ReconciliationValue(
            OrgUnitCode.Parse(v.GetProperty("orgUnit").GetString()),
            OrgUnitCode.Parse(v.GetProperty("reporter").GetString()),
            v.GetProperty("submissionId").GetString()!,
            v.TryGetProperty("file", out var file) ? file.GetString()! : string.Empty,
            v.GetProperty("period").GetString()!,
            v.GetProperty("cell").GetString()!,
            v.GetProperty("value").GetDouble(),
            ContractNames.ParseQualifier(v.GetProperty("qualifier").GetString()),
            v.GetProperty("raw").GetString()!,
            v.GetProperty("used").GetBoolean(),
            v.TryGetProperty("measure", out var own) ? ContractNames.ParseMeasure(own.GetString()) : measure)).ToList();
    }
}
