using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Intake.Core.Catalog;
using Intake.Core.Feedback;
using Intake.Core.Reports;

namespace Intake.Storage.Blobs;

/// <summary>
/// Where an upload ends: its original in reports-archive or reports-rejected under its own name,
/// its feedback in reports-feedback, and nothing left in reports-inbox.
/// </summary>
public sealed class ReportArchive(IntakeStorage storage, ReportCatalog catalog)
{
    /// <summary>Copies the original to the container of its outcome; overwriting makes a retry harmless.</summary>
    public async Task StoreOriginalAsync(string blobName, Stream content, bool accepted, IDictionary<string, string> metadata, CancellationToken cancellationToken = default)
    {
        var container = storage.Container(accepted ? StorageNames.ArchiveContainer : StorageNames.RejectedContainer);
        content.Position = 0;
        await container.GetBlobClient(blobName).UploadAsync(content, new BlobUploadOptions { Metadata = metadata }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes the contract JSON, a workbook and a plain-text summary, each named after the upload; returns the JSON blob's name.</summary>
    public async Task<string> WriteFeedbackAsync(string blobName, ParseResult result, string status, CancellationToken cancellationToken = default)
    {
        var container = storage.Container(StorageNames.FeedbackContainer);
        var jsonName = blobName + ".json";
        await container.GetBlobClient(jsonName).UploadAsync(
            BinaryData.FromString(ParseResultJson.ToJson(result)),
            new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = "application/json; charset=utf-8" } },
            cancellationToken).ConfigureAwait(false);
        await container.GetBlobClient(blobName + ".txt").UploadAsync(
            BinaryData.FromString(FeedbackText.Render(result, status)),
            new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = "text/plain; charset=utf-8" } },
            cancellationToken).ConfigureAwait(false);
        using var workbook = new MemoryStream();
        FeedbackWorkbook.Write(workbook, result, status, catalog);
        workbook.Position = 0;
        await container.GetBlobClient(blobName + ".xlsx").UploadAsync(
            workbook,
            new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" } },
            cancellationToken).ConfigureAwait(false);
        return jsonName;
    }

    public Task RemoveFromInboxAsync(BlobClient blob, CancellationToken cancellationToken = default) =>
        blob.DeleteIfExistsAsync(DeleteSnapshotsOption.IncludeSnapshots, cancellationToken: cancellationToken);
}
