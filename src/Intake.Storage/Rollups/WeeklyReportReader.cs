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
            rollups.Select(r => r.ToRollup()).ToList(),
            await ReadCompletenessAsync(week, cancellationToken).ConfigureAwait(false),
            reconciliations.Select(r => r.ToItem()).ToList());
    }

    public async Task<IReadOnlyList<CompletenessEntry>> ReadCompletenessAsync(Period week, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(week);
        var rows = await _tables.CompletenessAsync<CompletenessEntity>(week, cancellationToken).ConfigureAwait(false);
        return rows.Select(r => r.ToEntry()).ToList();
    }
}
