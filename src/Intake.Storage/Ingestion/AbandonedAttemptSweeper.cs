using Intake.Core.Submissions;
using Intake.Storage.Blobs;
using Intake.Storage.Rollups;
using Intake.Storage.Tables;
using Microsoft.Extensions.Logging;

namespace Intake.Storage.Ingestion;

/// <summary>
/// Keeps <c>IntakeFacts</c> to current facts: an ingest that crashed after writing a version's facts and before making
/// it current (and was never retried to the end) leaves rows no submission vouches for. Every ingest marks its attempt
/// before writing and clears the mark when done; the rollup timer runs <see cref="SweepAsync"/>, which takes each mark
/// older than <see cref="IntakeOptions.AbandonedAttemptAfter"/> and, under the report's lock (so no version of the
/// report is being written meanwhile), deletes what the attempt left: its own rows when it never became current, the
/// earlier versions' rows when it became current but died before sweeping them.
/// </summary>
public sealed class AbandonedAttemptSweeper(
    IntakeStorage storage,
    RollupState state,
    SubmissionLedger ledger,
    FactStore facts,
    IntakeOptions options,
    TimeProvider clock,
    ILogger<AbandonedAttemptSweeper> logger)
{
    /// <summary>Sweeps every abandoned attempt; returns how many marks it cleared.</summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken = default)
    {
        await storage.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var attempts = await state.ListAttemptsAsync(clock.GetUtcNow() - options.AbandonedAttemptAfter, cancellationToken).ConfigureAwait(false);
        foreach (var attempt in attempts)
        {
            var key = $"{attempt.ReportPeriod}/{attempt.Reporter}/{attempt.Form}";
            await using (await ReportLock.AcquireAsync(storage, key, options.ReportLockLease, options.ReportLockTimeout, logger, cancellationToken).ConfigureAwait(false))
            {
                var versions = await ledger.ListReportAsync(attempt.ReportPeriod, attempt.Reporter, attempt.Form, cancellationToken).ConfigureAwait(false);
                var own = PeriodList.Expand(attempt.FactPeriods).ToList();
                if (versions.Any(v => v.SubmissionId == attempt.RowKey && v.State.IsCurrent()))
                {
                    var earlier = versions.Where(v => v.SubmissionId != attempt.RowKey).SelectMany(v => PeriodList.Expand(v.FactPeriods));
                    await facts.SweepAsync(own.Concat(earlier), attempt.Reporter, attempt.Form, attempt.RowKey, cancellationToken).ConfigureAwait(false);
                    logger.LogWarning("Attempt {Submission} of {Reporter} {Period} {Form} became current but did not finish; swept the earlier versions' facts",
                        attempt.RowKey, attempt.Reporter, attempt.ReportPeriod, attempt.Form);
                }
                else
                {
                    await facts.DeleteSubmissionAsync(own, attempt.RowKey, cancellationToken).ConfigureAwait(false);
                    logger.LogWarning("Attempt {Submission} of {Reporter} {Period} {Form} started {StartedAt} never became current; swept its facts",
                        attempt.RowKey, attempt.Reporter, attempt.ReportPeriod, attempt.Form, attempt.StartedAt);
                }

                await state.ClearAttemptAsync(attempt.RowKey, cancellationToken).ConfigureAwait(false);
            }
        }

        return attempts.Count;
    }
}
