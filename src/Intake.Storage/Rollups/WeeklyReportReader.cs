using System.Text.Json;
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
    private readonly RollupTables _tables = new(storage);

    public async Task<WeeklyReport> ReadAsync(Period week, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(week);
        var rollups = await _tables.WeeklyRollupsAsync(week, cancellationToken).ConfigureAwait(false);
        var reconciliations = await _tables.ReconciliationAsync(week, cancellationToken).ConfigureAwait(false);
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
        var rows = await _tables.CompletenessAsync<CompletenessEntity>(week, cancellationToken).ConfigureAwait(false);
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
}
