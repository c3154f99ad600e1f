using Azure;
using Azure.Storage.Blobs;
using Intake.Core.Catalog;
using Intake.Core.Metadata;
using Intake.Core.Periods;
using Intake.Core.Reports;
using Intake.Core.Rollups;
using Intake.Core.Submissions;
using Intake.Storage.Blobs;
using Intake.Storage.Rollups;
using Intake.Storage.Tables;
using Microsoft.Extensions.Logging;

namespace Intake.Storage.Ingestion;

/// <summary>
/// Processes one upload of reports-inbox: parse, validate, store the facts or reject the report,
/// archive the original and write feedback. The function app's blob trigger and <c>intake ingest</c>
/// both call it. Every step is an upsert or a guarded switch keyed by a submission id derived from
/// the blob name and content, so a retry after a crash at any point ends as one clean run would.
/// </summary>
public sealed class IngestReportHandler(
    IntakeStorage storage,
    ReportParser parser,
    ReportCatalog catalog,
    ReportArchive archive,
    FactStore facts,
    SubmissionLedger ledger,
    RollupState rollupState,
    CatalogMirror catalogTables,
    IntakeOptions options,
    TimeProvider clock,
    ILogger<IngestReportHandler> logger)
{
    private const int MaxSwitchAttempts = 5;

    /// <summary>Processes the blob; null when it is gone already (an earlier run finished it).</summary>
    public async Task<IngestOutcome?> HandleAsync(BlobClient blob, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(blob);
        await storage.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        await catalogTables.EnsureWrittenAsync(cancellationToken).ConfigureAwait(false);
        Azure.Storage.Blobs.Models.BlobProperties properties;
        try
        {
            properties = (await blob.GetPropertiesAsync(cancellationToken: cancellationToken).ConfigureAwait(false)).Value;
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            logger.LogInformation("Blob {Blob} is no longer in the inbox; nothing to do", blob.Name);
            return null;
        }

        DownloadedReport download;
        try
        {
            download = await DownloadedReport.DownloadAsync(blob, properties.ETag, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 412)
        {
            logger.LogInformation("Blob {Blob} was replaced or removed since this run started; its own run handles it", blob.Name);
            return null;
        }

        await using var downloaded = download;
        var metadata = UploadMetadata.FromBlobMetadata(properties.Metadata);
        var hints = new ReportHints(FileName(blob.Name), metadata.Reporter, metadata.Period, blob.Name);
        var result = await parser.ParseAsync(download.OpenRead, hints, cancellationToken).ConfigureAwait(false);
        var form = ReportForm.Resolve(catalog, metadata.Form, hints.FileName);
        var submission = SubmissionRows.For(blob.Name, properties.ETag, properties.LastModified, download.ContentSha256, form, result);
        var stored = submission.OriginalBlob;

        submission.State = result.Status == ReportStatus.Rejected
            ? await RejectAsync(submission, cancellationToken).ConfigureAwait(false)
            : await AcceptAsync(submission, result, cancellationToken).ConfigureAwait(false);

        await archive.StoreOriginalAsync(stored, download.Content, submission.State != SubmissionStatus.Rejected, properties.Metadata, cancellationToken).ConfigureAwait(false);
        await archive.WriteFeedbackAsync(stored, result, submission.State, cancellationToken).ConfigureAwait(false);
        await archive.RemoveFromInboxAsync(blob, properties.ETag, cancellationToken).ConfigureAwait(false);
        LogOutcome(submission);
        return new IngestOutcome(blob.Name, submission.SubmissionId, submission.State, result.Reporter, result.Period?.Code,
            submission.FactCount, result.ErrorCount, result.WarningCount, submission.FeedbackBlob, submission.OriginalBlob,
            PeriodList.Expand(submission.FactPeriods).ToList());
    }

    private async Task<SubmissionStatus> RejectAsync(SubmissionEntity submission, CancellationToken cancellationToken)
    {
        submission.State = SubmissionStatus.Rejected;
        submission.ProcessedAt = clock.GetUtcNow();
        await ledger.RecordAsync(submission, cancellationToken).ConfigureAwait(false);
        return submission.State;
    }

    private async Task<SubmissionStatus> AcceptAsync(SubmissionEntity submission, ParseResult result, CancellationToken cancellationToken)
    {
        var key = $"{submission.PartitionKey}/{submission.Reporter}/{submission.Form}";
        await using var reportLock = await ReportLock.AcquireAsync(storage, key, options.ReportLockLease, options.ReportLockTimeout, logger, cancellationToken).ConfigureAwait(false);
        var status = SubmissionStatuses.Of(result.Status);
        // The facts are made as they are read (a history import holds hundreds of thousands): their periods once.
        var own = result.Facts.Select(f => f.Period.Code).Distinct(StringComparer.Ordinal).ToList();
        for (var attempt = 1; ; attempt++)
        {
            var versions = await ledger.ListReportAsync(submission.PartitionKey, submission.Reporter, submission.Form, cancellationToken).ConfigureAwait(false);
            var decision = VersionDecision.For(Upload(submission), versions.Select(Version));
            submission.ProcessedAt = clock.GetUtcNow();
            // Identical to the current version, or older than it: record this upload and change nothing,
            // but clear any rows an earlier, crashed attempt of it may have written.
            if (decision.Kept is { } keep)
            {
                submission.State = decision.Verdict == VersionVerdict.Duplicate ? SubmissionStatus.Duplicate : SubmissionStatus.Superseded;
                await ledger.RecordAsync(submission, cancellationToken).ConfigureAwait(false);
                await facts.SweepAsync(own, submission.Reporter, submission.Form, keep.SubmissionId, cancellationToken).ConfigureAwait(false);
                await rollupState.ClearAttemptAsync(submission.SubmissionId, cancellationToken).ConfigureAwait(false);
                return submission.State;
            }

            // Marked before the facts are written, cleared when done: the timer sweeps the facts of an attempt that dies between.
            await rollupState.MarkAttemptAsync(new IngestAttemptEntity
            {
                RowKey = submission.SubmissionId,
                ReportPeriod = submission.PartitionKey,
                Reporter = submission.Reporter,
                Form = submission.Form,
                FactPeriods = PeriodList.Compact(own),
                StartedAt = clock.GetUtcNow(),
            }, cancellationToken).ConfigureAwait(false);
            await facts.WriteAsync(result.Facts, submission.Form, submission.SubmissionId, submission.PartitionKey, cancellationToken).ConfigureAwait(false);
            var replaced = decision.Replaced.Select(r => r.SubmissionId).ToHashSet(StringComparer.Ordinal);
            var current = versions.Where(v => replaced.Contains(v.SubmissionId)).ToList();
            submission.State = status;
            submission.FactCount = result.Facts.Count;
            submission.FactPeriods = PeriodList.Compact(own);
            try
            {
                await ledger.SwitchCurrentAsync(submission, current, cancellationToken).ConfigureAwait(false);
            }
            catch (RequestFailedException ex) when (SubmissionLedger.IsConcurrencyConflict(ex) && attempt < MaxSwitchAttempts)
            {
                logger.LogWarning("Another version of {Reporter} {Period} {Form} was switched meanwhile; deciding again", submission.Reporter, submission.Period, submission.Form);
                continue;
            }

            // Rows of earlier versions are swept from every period those versions and this one touch. A first
            // version has no earlier rows to sweep: only a crashed, never recorded upload of another file could
            // have left some, and readers never see rows of a submission that is not current.
            var earlier = versions.Where(v => v.SubmissionId != submission.SubmissionId).ToList();
            var earlierPeriods = earlier.SelectMany(v => PeriodList.Expand(v.FactPeriods)).ToList();
            await facts.SweepAsync(earlier.Count > 0 ? earlierPeriods.Concat(own) : [], submission.Reporter, submission.Form, submission.SubmissionId, cancellationToken).ConfigureAwait(false);
            await MarkEndedWeeksDirtyAsync(earlierPeriods.Concat(own), submission.SubmissionId, cancellationToken).ConfigureAwait(false);
            await rollupState.ClearAttemptAsync(submission.SubmissionId, cancellationToken).ConfigureAwait(false);
            return submission.State;
        }
    }

    // The timer builds a week once, after it ends: a report accepted later for an ended week (late, or a
    // correction) marks the weeks its facts, and the facts it replaced, feed. A retry after a crash marks them again.
    private async Task MarkEndedWeeksDirtyAsync(IEnumerable<string> periods, string submissionId, CancellationToken cancellationToken)
    {
        var weeks = RollupWindow.EndedWeeksFedBy(periods, ShanghaiCalendar.PreviousWeek(clock), options.Rollups.LastLookbackWeeks);
        if (weeks.Count > 0)
        {
            await rollupState.MarkDirtyAsync(weeks, submissionId, clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);
            logger.LogInformation("Marked {Count} ended weeks for a rebuild: {Weeks}", weeks.Count, string.Join(",", weeks.Select(w => w.Code)));
        }
    }

    private void LogOutcome(SubmissionEntity submission)
    {
        if (submission.State == SubmissionStatus.Rejected)
        {
            logger.LogWarning("Rejected {Blob}: {Errors} errors, feedback in {Feedback}", submission.BlobName, submission.ErrorCount, submission.FeedbackBlob);
        }
        else
        {
            logger.LogInformation("{Status} {Blob}: {Reporter} {Period}, {Facts} facts, {Warnings} warnings",
                submission.Status, submission.BlobName, submission.Reporter, submission.Period, submission.FactCount, submission.WarningCount);
        }
    }

    private static ReportVersion Version(SubmissionEntity row) =>
        new(row.SubmissionId, row.ContentSha256, row.ReceivedAt, row.State.IsCurrent());

    // The upload being decided: it has no state yet, and is not current.
    private static ReportVersion Upload(SubmissionEntity row) =>
        new(row.SubmissionId, row.ContentSha256, row.ReceivedAt, IsCurrent: false);

    private static string FileName(string blobName) => blobName[(blobName.LastIndexOf('/') + 1)..];
}
