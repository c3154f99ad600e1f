using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Intake.Core.Catalog;
using Intake.Core.Feedback;
using Intake.Core.Reports;
using Intake.Core.Submissions;

namespace Intake.Storage.Blobs;

/// <summary>
/// Where an upload ends: its original in reports-archive or reports-rejected under its own name,
/// its feedback in reports-feedback, and nothing left in reports-inbox.
/// </summary>
public sealed class ReportArchive(IntakeStorage storage, ReportCatalog catalog)
{
    /// <summary>
    /// Where an upload's original and feedback are kept: under its submission id, so that a corrected
    /// file uploaded under the same name never overwrites the earlier version or its feedback.
    /// </summary>
    public static string StoredName(string submissionId, string blobName) => $"{submissionId}/{blobName}";

    /// <summary>Copies the original to the container of its outcome; overwriting makes a retry harmless.</summary>
    public async Task StoreOriginalAsync(string storedName, Stream content, bool accepted, IDictionary<string, string> metadata, CancellationToken cancellationToken = default)
    {
        var container = storage.Container(accepted ? StorageNames.ArchiveContainer : StorageNames.RejectedContainer);
        content.Position = 0;
        await container.GetBlobClient(storedName).UploadAsync(content, new BlobUploadOptions { Metadata = metadata }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes the contract JSON, a workbook and a plain-text summary, each named after the upload; returns the JSON blob's name.</summary>
    public async Task<string> WriteFeedbackAsync(string storedName, ParseResult result, SubmissionStatus status, CancellationToken cancellationToken = default)
    {
        var jsonName = await WriteJsonAndTextAsync(storedName, result, FeedbackText.Render(result, status, catalog), cancellationToken).ConfigureAwait(false);
        var container = storage.Container(StorageNames.FeedbackContainer);
        using var workbook = new MemoryStream();
        FeedbackWorkbook.Write(workbook, result, status, catalog);
        workbook.Position = 0;
        await container.GetBlobClient(storedName + ".xlsx").UploadAsync(
            workbook,
            new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" } },
            cancellationToken).ConfigureAwait(false);
        return jsonName;
    }

    /// <summary>Writes the contract JSON and the given plain text as <c>.json</c> and <c>.txt</c>; returns the JSON blob's name.</summary>
    public async Task<string> WriteJsonAndTextAsync(string storedName, ParseResult result, string text, CancellationToken cancellationToken = default)
    {
        var container = storage.Container(StorageNames.FeedbackContainer);
        var jsonName = storedName + ".json";
        await container.GetBlobClient(jsonName).UploadAsync(
            BinaryData.FromString(ParseResultJson.ToJson(result)),
            new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = "application/json; charset=utf-8" } },
            cancellationToken).ConfigureAwait(false);
        await container.GetBlobClient(storedName + ".txt").UploadAsync(
            BinaryData.FromString(text),
            new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = "text/plain; charset=utf-8" } },
            cancellationToken).ConfigureAwait(false);
        return jsonName;
    }

    /// <summary>
    /// Deletes the processed upload, only in the version that was processed: a file uploaded again under
    /// the same name meanwhile stays for its own run. False when it was replaced.
    /// </summary>
    public async Task<bool> RemoveFromInboxAsync(BlobClient blob, Azure.ETag processed, CancellationToken cancellationToken = default)
    {
        try
        {
            await blob.DeleteIfExistsAsync(DeleteSnapshotsOption.IncludeSnapshots, new BlobRequestConditions { IfMatch = processed }, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (Azure.RequestFailedException ex) when (ex.Status == 412)
        {
            return false;
        }
    }
}
