using System.Collections.Concurrent;
using Intake.Core.Catalog;
using Intake.Core.Periods;
using Intake.Core.Rollups;
using Intake.Core.Validation;
using Intake.Storage.Tables;
using Microsoft.Extensions.Logging;

namespace Intake.Storage.Rollups;

/// <summary>
/// Builds months, quarters and years from the current facts: <c>IntakePeriodRollups</c>, and the period's own
/// partitions of <c>IntakeReconciliation</c> and <c>IntakeCompleteness</c> (weeks reported), each replaced exactly.
/// <c>intake rollup --period</c> runs <see cref="RunAsync"/>, and so does the timer for each month, quarter and year
/// the weeks it built touch (<see cref="BuildWeeklyRollupsHandler.RunScheduledAsync"/>).
/// </summary>
public sealed class BuildPeriodRollupsHandler(
    IntakeStorage storage,
    CurrentFactReader currentFacts,
    SubmissionLedger ledger,
    CatalogMirror catalogTables,
    ReportCatalog catalog,
    PeriodRange range,
    TimeProvider clock,
    ILogger<BuildPeriodRollupsHandler> logger)
{
    private readonly RollupTables _tables = new(storage);

    /// <summary>Rebuilds one month, quarter or year and replaces its rows.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The period is out of the periods reports are taken for (<see cref="PeriodRange"/>), as a week would be.</exception>
    public async Task<PeriodReport> RunAsync(Period period, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(period);
        if (period.Kind is not (PeriodKind.Month or PeriodKind.Quarter or PeriodKind.Year))
        {
            throw new ArgumentException($"Period rollups are built for months, quarters and years, not for '{period.Code}'.", nameof(period));
        }

        if (range.Refusal(period) is { } refusal)
        {
            throw new ArgumentOutOfRangeException(nameof(period), period.Code, refusal.En);
        }

        await storage.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        await catalogTables.EnsureWrittenAsync(cancellationToken).ConfigureAwait(false);
        var facts = new ConcurrentBag<SourcedFact>();
        await Parallel.ForEachAsync(
            Partitions(period),
            new ParallelOptions { MaxDegreeOfParallelism = BuildWeeklyRollupsHandler.ParallelReads, CancellationToken = cancellationToken },
            async (partition, ct) =>
            {
                foreach (var fact in await currentFacts.ReadPartitionSourcedAsync(partition, ct).ConfigureAwait(false))
                {
                    facts.Add(fact);
                }
            }).ConfigureAwait(false);

        // The weeks of the period that have ended, each counted as its weekly completeness counts it.
        var lastEnded = ShanghaiCalendar.PreviousWeek(clock);
        var weeks = PeriodParts.Weeks(period).Where(w => w.End <= lastEnded.End).ToList();
        var fromFacts = facts.Select(f => new ReportReceipt(f.Fact.Reporter, f.Fact.Period.Code, f.SubmissionId, f.ReceivedAt)).Distinct().ToList();
        var entries = new List<CompletenessEntry>();
        foreach (var week in weeks)
        {
            var receipts = await ledger.ReceiptsAsync(week, cancellationToken).ConfigureAwait(false);
            entries.AddRange(CompletenessBuilder.Build(catalog, week, receipts.Concat(fromFacts)));
        }

        var result = PeriodRollupBuilder.Build(catalog, period, facts);
        var completeness = PeriodCompletenessBuilder.Build(catalog, period, weeks, entries);
        var computedAt = clock.GetUtcNow();
        await _tables.ReplacePeriodAsync(
            period,
            result.Rollups.Select(r => PeriodRollupEntity.From(r, computedAt)).ToList(),
            result.Reconciliations.Select(ReconciliationEntity.From).ToList(),
            completeness.Select(PeriodCompletenessEntity.From).ToList(),
            cancellationToken).ConfigureAwait(false);
        logger.LogInformation("Built {Period}: {Rollups} rollups from {Facts} facts, {Reconciliations} reconciliation items, {Weeks} weeks counted",
            period.Code, result.Rollups.Count, facts.Count, result.Reconciliations.Count, weeks.Count);
        return new PeriodReport(period, result.Rollups, completeness, result.Reconciliations);
    }

    // Every IntakeFacts partition holding facts that count in the period (and, for a month, in the month before,
    // whose 累计 it is checked against): the ISO weeks overlapping it, and the months, quarters and years inside it.
    private static IReadOnlyList<string> Partitions(Period period)
    {
        var from = period.Kind == PeriodKind.Month && PeriodParts.PreviousInYear(period) is { } previous ? previous.Start : period.Start;
        var partitions = new List<string>();
        for (var week = Period.Week(from); week.Start <= period.End; week = Period.Week(week.End.AddDays(1)))
        {
            partitions.Add(week.Code);
        }

        for (var month = Period.Month(from.Year, from.Month); month.Start <= period.End; month = Period.Month(month.End.AddDays(1).Year, month.End.AddDays(1).Month))
        {
            partitions.Add(month.Code);
        }

        partitions.AddRange(PeriodParts.Children(period).Where(p => p.Kind == PeriodKind.Quarter).Select(p => p.Code));
        if (period.Kind != PeriodKind.Month)
        {
            partitions.Add(period.Code);
        }

        return partitions.Distinct(StringComparer.Ordinal).ToList();
    }
}
