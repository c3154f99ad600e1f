using Intake.Core.Periods;
using Intake.Core.Reports;
using Intake.Core.Rollups;
using Intake.Storage.Tables;

namespace Intake.Storage.Rollups;

/// <summary>
/// Reads what the rollup stored for a month, quarter or year: its rows of IntakePeriodRollups, and its partitions of
/// IntakeCompleteness and IntakeReconciliation. Reads only; a period no rollup has built reads as null.
/// </summary>
public sealed class PeriodReportReader(IntakeStorage storage)
{
    public async Task<PeriodReport?> ReadAsync(Period period, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(period);
        var rollups = await WeeklyReportReader.RowsAsync<PeriodRollupEntity>(storage.PeriodRollups, period.Code, cancellationToken).ConfigureAwait(false);
        var completeness = await WeeklyReportReader.RowsAsync<PeriodCompletenessEntity>(storage.Completeness, period.Code, cancellationToken).ConfigureAwait(false);
        if (rollups.Count == 0 && completeness.Count == 0)
        {
            return null;
        }

        var reconciliations = await WeeklyReportReader.RowsAsync<ReconciliationEntity>(storage.Reconciliation, period.Code, cancellationToken).ConfigureAwait(false);
        return new PeriodReport(
            period,
            rollups.Select(r => r.ToRollup()).ToList(),
            completeness.Select(c => c.ToCompleteness()).ToList(),
            reconciliations.Select(WeeklyReportReader.ToItem).ToList());
    }
}
