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
    private readonly RollupTables _tables = new(storage);

    public async Task<PeriodReport?> ReadAsync(Period period, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(period);
        var rollups = await _tables.PeriodRollupsAsync(period, cancellationToken).ConfigureAwait(false);
        var completeness = await _tables.CompletenessAsync<PeriodCompletenessEntity>(period, cancellationToken).ConfigureAwait(false);
        if (rollups.Count == 0 && completeness.Count == 0)
        {
            return null;
        }

        var reconciliations = await _tables.ReconciliationAsync(period, cancellationToken).ConfigureAwait(false);
        return new PeriodReport(
            period,
            rollups.Select(r => r.ToRollup()).ToList(),
            completeness.Select(c => c.ToCompleteness()).ToList(),
            reconciliations.Select(r => r.ToItem()).ToList());
    }
}
