using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Intake.Core.Reports;
using Intake.Core.Submissions;
using Intake.Storage.Blobs;
using Intake.Storage.Tables;
using Microsoft.Extensions.Logging;

namespace Intake.Storage.Ingestion;

/// <summary>
/// Ends an upload the blob trigger gave up on (the host's poison queue), so that none stays in the
/// inbox for ever: the original goes to reports-rejected, the feedback says that processing failed
/// and the office will look into it, the submission is recorded rejected, and only then is the
/// upload deleted from the inbox. Every write is an overwrite keyed by the blob version, so a retry
/// after a crash at any point ends as one clean run would.
/// </summary>
public sealed class PoisonBlobHandler(
    IntakeStorage storage,
    ReportArchive archive,
    SubmissionLedger ledger,
    TimeProvider clock,
    ILogger<PoisonBlobHandler> logger)
{
    /// <summary>The form part of the submission's RowKey: <c>unknown|poison|submissionId</c>.</summary>
    public const string PoisonForm = "poison";

    /// <summary>
    /// Handles one message of the poison queue as the host writes it. A message that names no blob could never
    /// succeed if retried: it is logged and let go (false).
    /// </summary>
    public async Task<bool> HandleMessageAsync(string message, CancellationToken cancellationToken = default)
    {
        if (PoisonBlobMessage.Parse(message) is not { } poisoned)
        {
            logger.LogWarning("Ignored a poison message that names no blob: {Message}", message);
            return false;
        }

        return await HandleAsync(poisoned.ContainerName, poisoned.BlobName, poisoned.ETag, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Quarantines the blob. False when there was nothing to do: it is not in the inbox, it is gone
    /// already, or it was replaced since the version <paramref name="poisonedETag"/> failed (the new
    /// upload has a trigger of its own); null <paramref name="poisonedETag"/> takes the current version.
    /// </summary>
    public async Task<bool> HandleAsync(string containerName, string blobName, string? poisonedETag = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(containerName);
        ArgumentException.ThrowIfNullOrEmpty(blobName);
        if (containerName != StorageNames.InboxContainer)
        {
            logger.LogWarning("Poisoned blob {Container}/{Blob} is not an upload to the inbox; left alone", containerName, blobName);
            return false;
        }

        await storage.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var inbox = storage.Container(StorageNames.InboxContainer).GetBlobClient(blobName);
        BlobProperties properties;
        DownloadedReport download;
        try
        {
            properties = (await inbox.GetPropertiesAsync(cancellationToken: cancellationToken).ConfigureAwait(false)).Value;
            if (poisonedETag is { Length: > 0 } && !SameVersion(poisonedETag, properties.ETag))
            {
                logger.LogInformation("Poisoned blob {Blob} was replaced by a new upload; left to its own trigger", blobName);
                return false;
            }

            download = await DownloadedReport.DownloadAsync(inbox, properties.ETag, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 412)
        {
            logger.LogInformation("Poisoned blob {Blob} is no longer in the inbox in that version; nothing to do", blobName);
            return false;
        }

        await using var downloaded = download;
        var feedback = PoisonBlobFeedback.Result(blobName);
        var submission = Submission(blobName, properties, download.ContentSha256, feedback);
        await storage.Container(StorageNames.RejectedContainer).GetBlobClient(submission.OriginalBlob)
            .UploadAsync(download.Content, new BlobUploadOptions { Metadata = properties.Metadata }, cancellationToken).ConfigureAwait(false);
        await archive.WriteJsonAndTextAsync(submission.OriginalBlob, feedback, PoisonBlobFeedback.Text(feedback), cancellationToken).ConfigureAwait(false);
        await ledger.RecordAsync(submission, cancellationToken).ConfigureAwait(false);
        if (!await archive.RemoveFromInboxAsync(inbox, properties.ETag, cancellationToken).ConfigureAwait(false))
        {
            logger.LogInformation("{Blob} was uploaded again while it was quarantined; the new upload stays in the inbox", blobName);
        }

        logger.LogWarning("Quarantined {Blob} after repeated failures: original in {Rejected}, feedback in {Feedback}",
            blobName, submission.OriginalBlob, submission.FeedbackBlob);
        return true;
    }

    private SubmissionEntity Submission(string blobName, BlobProperties properties, string contentSha256, ParseResult feedback)
    {
        var submission = SubmissionRows.For(blobName, properties.ETag, properties.LastModified, contentSha256, PoisonForm, feedback);
        submission.State = SubmissionStatus.Rejected;
        submission.ProcessedAt = clock.GetUtcNow();
        return submission;
    }

    // The host quotes the ETag it writes into the message; compare the bare values.
    private static bool SameVersion(string poisonedETag, ETag current) =>
        poisonedETag.Trim('"') == current.ToString().Trim('"');
}
