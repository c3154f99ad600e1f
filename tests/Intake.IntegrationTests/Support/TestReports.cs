using Azure.Storage.Blobs;
using Intake.Core.Workbooks;

namespace Intake.IntegrationTests.Support;

/// <summary>Uploads reports to reports-inbox: a sample file, or a small workbook built for one test.</summary>
internal static class TestReports
{
    public static async Task<BlobClient> UploadAsync(AzuriteFixture azurite, string blobName, Stream content, IDictionary<string, string>? metadata = null)
    {
        var blob = azurite.Storage.Container(Intake.Storage.StorageNames.InboxContainer).GetBlobClient(blobName);
        content.Position = 0;
        await blob.UploadAsync(content, new Azure.Storage.Blobs.Models.BlobUploadOptions { Metadata = metadata });
        return blob;
    }

    public static Task<BlobClient> UploadSampleAsync(AzuriteFixture azurite, string sample, string? blobName = null) =>
        UploadAsync(azurite, blobName ?? sample, new MemoryStream(File.ReadAllBytes(RepositoryPaths.Sample(sample))));

    /// <summary>A long-layout workbook: 指标 | 本周, one row per (indicator name, value).</summary>
    public static MemoryStream LongWorkbook(params (string Indicator, object Value)[] rows)
    {
        var stream = new MemoryStream();
        using (var writer = new XlsxWriter(stream))
        {
            var sheet = writer.AddSheet("周报").Row("指标", "本周");
            foreach (var (indicator, value) in rows)
            {
                sheet.Row(indicator, value);
            }
        }

        return stream;
    }
}
