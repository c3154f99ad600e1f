using System.Collections.Concurrent;
using Azure.Data.Tables;
using Intake.Core.Catalog;
using Intake.Core.Periods;
using Intake.Core.Rollups;
using Intake.Storage.Ingestion;
using Intake.Core.Validation;
using Intake.Storage.Tables;
using Microsoft.Extensions.Logging;

namespace Intake.Storage.Rollups;

/// <summary>
/// Builds the weekly rollups, reconciliation items and completeness rows of ISO weeks (Shanghai time) from the
/// current facts and submissions, replacing each week's rows exactly. The timer function runs
/// <see cref="RunScheduledAsync"/>; <c>intake rollup</c> runs <see cref="RunAsync"/> per week.
/// </summary>
public sealed class BuildWeeklyRollupsHandler(
    IntakeStorage storage,
    CurrentFactReader currentFacts,
    SubmissionLedger ledger,
    RollupState state,
    BuildPeriodRollupsHandler periods,
    AbandonedAttemptSweeper attempts,
    ReportCatalog catalog,
    IntakeOptions options,
    PeriodRange range,
    TimeProvider clock,
    ILogger<BuildWeeklyRollupsHandler> logger)
{
    private readonly RollupTables _tables = new(storage);

    /// <summary>The most weeks a timer that missed runs catches up on in one run.</summary>
    public const int MaxCatchUpWeeks = 26;

    /// <summary>Periods whose current facts are read at once.</summary>
    public const int ParallelReads = 8;

    /// <summary>Rebuilds one week (by default the one that ended last) and replaces its rows in the three tables.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The week is out of the periods reports are taken for (<see cref="PeriodRange"/>).</exception>
    public async Task<WeeklyReport> RunAsync(Period? week = null, CancellationToken cancellationToken = default)
    {
        week ??= ShanghaiCalendar.PreviousWeek(clock);
        if (week.Kind != PeriodKind.Week)
        {
            throw new ArgumentException($"Rollups are built per ISO week, not for '{week.Code}'.", nameof(week));
        }

        if (range.Refusal(week) is { } refusal)
        {
            throw new ArgumentOutOfRangeException(nameof(week), week.Code, refusal.En);
        }

        await storage.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var facts = new ConcurrentBag<SourcedFact>();
        await Parallel.ForEachAsync(
            FactKeys.RollupPartitions(week, options.Rollups.LastLookbackWeeks),
            new ParallelOptions { MaxDegreeOfParallelism = ParallelReads, CancellationToken = cancellationToken },
            async (partition, ct) =>
            {
                foreach (var fact in await currentFacts.ReadPartitionSourcedAsync(partition, ct).ConfigureAwait(false))
                {
                    facts.Add(fact);
                }
            }).ConfigureAwait(false);
        // A report counts for the week when its period is the week or one of its days, and also when it is an
        // import of another period (or none) whose current facts fall on the week or its days.
        var receipts = await ledger.ReceiptsAsync(week, cancellationToken).ConfigureAwait(false);
        // One receipt per submission and period, not per fact: a report of many facts is one receipt.
        receipts.AddRange(facts.Select(f => new ReportReceipt(f.Fact.Reporter, f.Fact.Period.Code, f.SubmissionId, f.ReceivedAt)).Distinct());

        var result = WeeklyRollupBuilder.Build(catalog, week, facts, options.Rollups);
        var completeness = CompletenessBuilder.Build(catalog, week, receipts, options.Rollups);
        var computedAt = clock.GetUtcNow();
        await _tables.ReplaceWeekAsync(
            week,
            result.Rollups.Select(r => RollupEntity.From(r, computedAt)).ToList(),
            result.Reconciliations.Select(ReconciliationEntity.From).ToList(),
            completeness.Select(CompletenessEntity.From).ToList(),
            cancellationToken).ConfigureAwait(false);
        logger.LogInformation("Built {Week}: {Rollups} rollups from {Facts} facts, {Reconciliations} reconciliation items, {Received} of {Expected} expected reporters received",
            week.Code, result.Rollups.Count, facts.Count, result.Reconciliations.Count, completeness.Count(c => c.Expected && c.Received), completeness.Count(c => c.Expected));
        return new WeeklyReport(week, result.Rollups, completeness, result.Reconciliations);
    }

    /// <summary>
    /// The timer's run: the week that just ended, any weeks a missed run skipped, and every week marked dirty by a
    /// late or corrected report, newest first, so that the week the office reads on Monday is built before any
    /// backlog. Each mark is cleared once its week is rebuilt. A week whose build fails keeps (or gets) its mark with
    /// the reason and is built again on the next run; the other weeks go on. A marked week out of the periods reports
    /// are taken for is never built: its mark is set aside with the reason. Then the months, quarters and years the
    /// weeks touch are built, each failure isolated in the same way, and the abandoned ingest attempts are swept.
    /// </summary>
    public async Task<IReadOnlyList<WeeklyReport>> RunScheduledAsync(bool isPastDue = false, CancellationToken cancellationToken = default)
    {
        await storage.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var previous = ShanghaiCalendar.PreviousWeek(clock);
        var weeks = new SortedDictionary<DateOnly, Period> { [previous.Start] = previous };
        var lastBuilt = await state.LastBuiltAsync(cancellationToken).ConfigureAwait(false);
        if (isPastDue)
        {
            logger.LogWarning("The rollup timer is past due; catching up from {LastBuilt} to {Week}", lastBuilt?.Code ?? "-", previous.Code);
        }

        for (var missed = previous; lastBuilt is not null && missed.Start > lastBuilt.End && weeks.Count <= MaxCatchUpWeeks; missed = Period.Week(missed.Start.AddDays(-1)))
        {
            weeks[missed.Start] = missed;
        }

        var marks = (await state.ListDirtyAsync(cancellationToken).ConfigureAwait(false))
            .Select(m => (Mark: m, Week: Period.TryParse(m.Week, out var w) && w.Kind == PeriodKind.Week ? w : null))
            .ToList();
        foreach (var (mark, week) in marks.Where(m => m.Week is null || range.Refusal(m.Week) is not null))
        {
            var reason = week is null ? $"'{mark.Week}' is not an ISO week." : range.Refusal(week)!.Value.En;
            logger.LogWarning("Set aside the rollup mark of {Week} from submission {Submission}: {Reason}", mark.Week, mark.SubmissionId, reason);
            await state.RefuseAsync(mark, reason, clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        }

        marks = marks.Where(m => m.Week is not null && range.Refusal(m.Week) is null && m.Week.End <= previous.End).ToList();
        foreach (var (_, week) in marks)
        {
            weeks[week!.Start] = week;
        }

        var built = new List<WeeklyReport>();
        var failed = new List<Period>();
        foreach (var week in weeks.Values.Reverse())
        {
            try
            {
                built.Add(await RunAsync(week, cancellationToken).ConfigureAwait(false));
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                // One week's failure (a storage fault, or a bug its data triggers) must not keep the others from being built.
                logger.LogError(ex, "Building {Week} failed; the other weeks go on, and it is built again on the next run", week.Code);
                await state.RecordFailureAsync(week, $"{ex.GetType().Name}: {ex.Message}", clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);
                failed.Add(week);
                continue;
            }

            foreach (var (mark, _) in marks.Where(m => m.Week == week))
            {
                if (!await state.ClearAsync(mark, cancellationToken).ConfigureAwait(false))
                {
                    logger.LogInformation("{Week} was marked again during its rebuild; it is rebuilt on the next run", week.Code);
                }
            }
        }

        logger.LogInformation("Scheduled rollup built {Count} weeks: {Weeks}; {FailedCount} failed: {Failed}",
            built.Count, string.Join(",", built.Select(b => b.Week.Code)), failed.Count, string.Join(",", failed.Select(w => w.Code)));
        await BuildPeriodsAsync(weeks.Values, failed, cancellationToken).ConfigureAwait(false);
        if (lastBuilt is null || lastBuilt.Start < previous.Start)
        {
            await state.SetLastBuiltAsync(previous, clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        }

        // The facts of ingest attempts that never became current; a sweep that fails fails the run, after its
        // bookkeeping, and the next run sweeps again.
        await attempts.SweepAsync(cancellationToken).ConfigureAwait(false);
        return built;
    }

    // The months, quarters and years the run's weeks touch, oldest first. The weeks are in range and have ended, so
    // the periods they touch are in range too. A period whose build fails does not stop the others; it is built
    // again on the next run with a week that touches it: a failed week's mark brings it back already, and otherwise
    // the newest of the run's weeks that touch it gets a mark with the reason.
    private async Task BuildPeriodsAsync(IReadOnlyCollection<Period> weeks, IReadOnlyCollection<Period> failedWeeks, CancellationToken cancellationToken)
    {
        var touched = weeks.SelectMany(PeriodParts.Touched).Distinct().OrderBy(p => p.Start).ThenBy(p => p.End).ToList();
        var built = new List<Period>();
        var failed = new List<Period>();
        foreach (var period in touched)
        {
            try
            {
                await periods.RunAsync(period, cancellationToken).ConfigureAwait(false);
                built.Add(period);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                logger.LogError(ex, "Building {Period} failed; the other periods go on, and it is built again on the next run", period.Code);
                failed.Add(period);
                if (!failedWeeks.Any(w => PeriodParts.Touched(w).Contains(period)))
                {
                    var week = weeks.Where(w => PeriodParts.Touched(w).Contains(period)).MaxBy(w => w.Start)!;
                    await state.RecordFailureAsync(week, $"{period.Code}: {ex.GetType().Name}: {ex.Message}", clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);
                }
            }
        }

        logger.LogInformation("Scheduled rollup built {Count} months, quarters and years: {Periods}; {FailedCount} failed: {Failed}",
            built.Count, string.Join(",", built.Select(p => p.Code)), failed.Count, string.Join(",", failed.Select(p => p.Code)));
    }
}
