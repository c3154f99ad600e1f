using System.Security.Cryptography;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace Intake.Storage.Ingestion;

/// <summary>
/// An upload copied to a temporary file (seekable, and deleted on dispose) with its SHA-256, so
/// that a large report never sits in memory and is read from storage only once.
/// </summary>
public sealed class DownloadedReport : IAsyncDisposable
{
    private DownloadedReport(FileStream content, string sha256)
    {
        Content = content;
        ContentSha256 = sha256;
    }

    public FileStream Content { get; }

    /// <summary>Lower-case hex SHA-256 of the content.</summary>
    public string ContentSha256 { get; }

    /// <summary>Downloads the version of the blob with the given ETag; a newer upload under the same name fails with 412.</summary>
    public static async Task<DownloadedReport> DownloadAsync(BlobClient blob, ETag etag, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(blob);
        var file = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.Read | FileShare.Delete, 81920,
            FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        try
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            var options = new BlobOpenReadOptions(allowModifications: false) { Conditions = new BlobRequestConditions { IfMatch = etag } };
            await using (var source = await blob.OpenReadAsync(options, cancellationToken).ConfigureAwait(false))
            {
                var buffer = new byte[81920];
                int read;
                while ((read = await source.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
                {
                    hash.AppendData(buffer, 0, read);
                    await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
                }
            }

            file.Position = 0;
            return new DownloadedReport(file, Convert.ToHexStringLower(hash.GetHashAndReset()));
        }
        catch
        {
            await file.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// A second, read-only stream over the same file, for the parser: a parse abandoned at its deadline
    /// may still be reading while <see cref="Content"/> is copied to the archive.
    /// </summary>
    public FileStream OpenRead() =>
        new(Content.Name, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 81920);

    public ValueTask DisposeAsync() => Content.DisposeAsync();
}
