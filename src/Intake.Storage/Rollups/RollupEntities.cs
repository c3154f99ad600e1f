using System.Text.Json;
using Intake.Core.Reports;
using Intake.Core.Rollups;
using Intake.Storage.Tables;

namespace Intake.Storage.Rollups;

/// <summary>Turns rollup results into the rows of IntakeWeeklyRollups, IntakeReconciliation and IntakeCompleteness.</summary>
internal static class RollupEntities
{
    private const int MaxStringLength = 32_000;

    public static RollupEntity Rollup(WeeklyRollup rollup, DateTimeOffset computedAt) => new()
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

    public static ReconciliationEntity Reconciliation(ReconciliationItem item) => new()
    {
        PartitionKey = item.Week,
        RowKey = TableKeys.Join(item.OrgUnit, item.Indicator, ContractNames.Of(item.Measure), ContractNames.Of(item.Kind)),
        Week = item.Week,
        OrgUnit = item.OrgUnit,
        Indicator = item.Indicator,
        Measure = ContractNames.Of(item.Measure),
        Kind = ContractNames.Of(item.Kind),
        ChosenValue = item.ChosenValue,
        OtherValue = item.OtherValue,
        ValuesJson = ValuesJson(item.Values),
        Message = item.Message,
    };

    public static CompletenessEntity Completeness(CompletenessEntry entry) => new()
    {
        PartitionKey = entry.Week,
        RowKey = entry.Reporter,
        Week = entry.Week,
        Reporter = entry.Reporter,
        Expected = entry.Expected,
        Received = entry.Received,
        OnTime = entry.OnTime,
        SubmittedAt = entry.SubmittedAt,
        SubmissionId = entry.SubmissionId ?? string.Empty,
    };

    // Every value with who gave it; a list too long for one property keeps its first values.
    private static string ValuesJson(IReadOnlyList<ReconciliationValue> values)
    {
        for (var count = values.Count; ; count /= 2)
        {
            var json = JsonSerializer.Serialize(values.Take(count).Select(v => new
            {
                orgUnit = v.OrgUnit,
                reporter = v.Reporter,
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
}
