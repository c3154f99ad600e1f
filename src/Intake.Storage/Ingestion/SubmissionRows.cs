using Azure;
using Intake.Core.Reports;
using Intake.Storage.Blobs;
using Intake.Storage.Tables;

namespace Intake.Storage.Ingestion;

/// <summary>
/// Builds the IntakeSubmissions row of one upload: keys, archive names and counts the same way for the
/// ingest handler and the poison handler. The caller sets the status and the processing time.
/// </summary>
public static class SubmissionRows
{
    /// <summary>The row of the upload <paramref name="blobName"/> at <paramref name="etag"/>, read as <paramref name="result"/>.</summary>
    public static SubmissionEntity For(
        string blobName, ETag etag, DateTimeOffset receivedAt, string contentSha256, string form, ParseResult result)
    {
        ArgumentNullException.ThrowIfNull(blobName);
        ArgumentNullException.ThrowIfNull(result);
        var submissionId = SubmissionIds.For(blobName, etag);
        var stored = ReportArchive.StoredName(submissionId, blobName);
        var submission = new SubmissionEntity
        {
            PartitionKey = result.Period?.Code ?? TableKeys.UnknownPeriod,
            RowKey = TableKeys.Join(result.Reporter ?? TableKeys.UnknownReporter, form, submissionId),
            SubmissionId = submissionId,
            Reporter = result.Reporter ?? string.Empty,
            Period = result.Period?.Code ?? string.Empty,
            Form = form,
            BlobName = blobName,
            ContentSha256 = contentSha256,
            ErrorCount = result.ErrorCount,
            WarningCount = result.WarningCount,
            ReceivedAt = receivedAt,
            OriginalBlob = stored,
            FeedbackBlob = stored + ".json",
        };
        submission.RecordIssues(result.Issues, result.ErrorCount + result.WarningCount);
        return submission;
    }
}
