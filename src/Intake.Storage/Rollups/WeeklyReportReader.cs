using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Intake.Core.Periods;
using Intake.Core.Reports;
using Intake.Core.Rollups;
using Intake.Storage.Tables;

namespace Intake.Storage.Rollups;

/// <summary>
/// Reads what the rollup stored for a week (rollups, completeness, reconciliation), one partition per table: for the
/// CLI's export and bulletin and for the page's week view. A week no rollup has written is empty.
/// </summary>
public sealed class WeeklyReportReader(IntakeStorage storage)
{
    public async Task<WeeklyReport> ReadAsync(Period week, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(week);
        var rollups = await RowsAsync<RollupEntity>(storage.WeeklyRollups, week.Code, cancellationToken).ConfigureAwait(false);
        var reconciliations = await RowsAsync<ReconciliationEntity>(storage.Reconciliation, week.Code, cancellationToken).ConfigureAwait(false);
        return new WeeklyReport(
            week,
            rollups.Select(r => new WeeklyRollup(r.Week, DateOnly.FromDateTime(r.WeekStart), r.OrgUnit, r.Indicator, ContractNames.ParseMeasure(r.Measure),
                ContractNames.ParseAggregation(r.Aggregation), r.Value, ContractNames.ParseQualifier(r.Qualifier), r.ReportCount)).ToList(),
            await ReadCompletenessAsync(week, cancellationToken).ConfigureAwait(false),
            reconciliations.Select(ToItem).ToList());
    }

    internal static ReconciliationItem ToItem(ReconciliationEntity row) =>
        new(row.Week, row.OrgUnit, row.Indicator, ContractNames.ParseMeasure(row.Measure), ContractNames.ParseReconciliationKind(row.Kind),
            row.ChosenValue, row.OtherValue, Values(row.ValuesJson, ContractNames.ParseMeasure(row.Measure)), row.Message);

    public async Task<IReadOnlyList<CompletenessEntry>> ReadCompletenessAsync(Period week, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(week);
        var rows = await RowsAsync<CompletenessEntity>(storage.Completeness, week.Code, cancellationToken).ConfigureAwait(false);
        return rows.Select(r => new CompletenessEntry(r.Week, r.Reporter, r.Expected, r.Received, r.OnTime, r.SubmittedAt,
            r.SubmissionId.Length == 0 ? null : r.SubmissionId)).ToList();
    }

    // Values stored before they carried their measure have the item's.
    private static List<ReconciliationValue> Values(string json, Measure measure)
    {
        using var document = JsonDocument.Parse(json.Length == 0 ? "[]" : json);
        return document.RootElement.EnumerateArray().Select(v => new ReconciliationValue(
            v.GetProperty("orgUnit").GetString()!,
            v.GetProperty("reporter").GetString()!,
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

    internal static async Task<List<T>> RowsAsync<T>(TableClient table, string partition, CancellationToken cancellationToken)
        where T : class, ITableEntity
    {
        var rows = new List<T>();
        try
        {
            await foreach (var row in table.QueryAsync<T>(TableClient.CreateQueryFilter($"PartitionKey eq {partition}"), cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                rows.Add(row);
            }
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            // No rollup has run yet: the table does not exist, and the week is empty.
            return [];
        }

        return rows;
    }
}
