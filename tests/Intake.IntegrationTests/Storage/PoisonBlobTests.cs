using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Intake.IntegrationTests.Support;
using Intake.Storage;
using Intake.Storage.Ingestion;
using Intake.Storage.Tables;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.IntegrationTests.Storage;

[Collection(AzuriteCollection.Name)]
public sealed class PoisonBlobTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task PoisonedUploadEndsInRejectedWithFeedbackAndARejectedSubmission()
    {
        const string name = "城管局/2022年第31周周报（处理失败）.xlsx";
        var blob = await TestReports.UploadAsync(azurite, name, TestReports.LongWorkbook(("整修路灯", 150)), new Dictionary<string, string> { ["reporter"] = "cgj" });
        await using var services = IntakeServices.For(azurite);

        var quarantined = await QuarantineAsync(services, HostMessage(name, (await blob.GetPropertiesAsync()).Value.ETag));

        Assert.True(quarantined);
        Assert.False(await blob.ExistsAsync());
        var submission = Assert.Single(await SubmissionsAsync(name));
        Assert.Equal(("rejected", 1, 0), ((string)submission["Status"], (int)submission["ErrorCount"], (int)submission["FactCount"]));
        Assert.StartsWith($"{TableKeys.UnknownReporter}|{PoisonBlobHandler.PoisonForm}|", submission.RowKey, StringComparison.Ordinal);
        var original = azurite.Storage.Container(StorageNames.RejectedContainer).GetBlobClient((string)submission["OriginalBlob"]);
        Assert.Equal("cgj", (await original.GetPropertiesAsync()).Value.Metadata["reporter"]);
        var feedback = azurite.Storage.Container(StorageNames.FeedbackContainer);
        var json = (await feedback.GetBlobClient((string)submission["FeedbackBlob"]).DownloadContentAsync()).Value.Content.ToString();
        Assert.Contains("\"processing-failed\"", json, StringComparison.Ordinal);
        Assert.Contains("\"rejected\"", json, StringComparison.Ordinal);
        var text = (await feedback.GetBlobClient((string)submission["OriginalBlob"] + ".txt").DownloadContentAsync()).Value.Content.ToString();
        Assert.Contains("多次处理", text, StringComparison.Ordinal);
        Assert.Contains("failed repeatedly", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SecondMessageForAQuarantinedUploadDoesNothing()
    {
        const string name = "城管局2022年第32周周报（处理失败）.xlsx";
        var blob = await TestReports.UploadAsync(azurite, name, TestReports.LongWorkbook(("整修路灯", 150)));
        var message = HostMessage(name, (await blob.GetPropertiesAsync()).Value.ETag);
        await using var services = IntakeServices.For(azurite);

        var first = await QuarantineAsync(services, message);
        var second = await QuarantineAsync(services, message);

        Assert.Equal((true, false), (first, second));
        Assert.Single(await SubmissionsAsync(name));
    }

    [Fact]
    public async Task UploadReplacedAfterItWasPoisonedStaysInTheInbox()
    {
        const string name = "城管局2022年第33周周报（处理失败）.xlsx";
        var poisoned = await TestReports.UploadAsync(azurite, name, TestReports.LongWorkbook(("整修路灯", 150)));
        var message = HostMessage(name, (await poisoned.GetPropertiesAsync()).Value.ETag);
        var replacement = await TestReports.UploadAsync(azurite, name, TestReports.LongWorkbook(("整修路灯", 160)));
        var replacementVersion = (await replacement.GetPropertiesAsync()).Value.ETag;
        await using var services = IntakeServices.For(azurite);

        var quarantined = await QuarantineAsync(services, message);

        Assert.False(quarantined);
        Assert.Equal(replacementVersion, (await replacement.GetPropertiesAsync()).Value.ETag);
        Assert.Empty(await SubmissionsAsync(name));
    }

    [Fact]
    public async Task AMessageThatNamesNoBlobIsLetGoAndChangesNothing()
    {
        await using var services = IntakeServices.For(azurite);

        Assert.False(await QuarantineAsync(services, "{\"Type\":\"BlobTrigger\"}"));
        Assert.False(await QuarantineAsync(services, "not json"));
    }

    // The message as the function and serve's job hand it over.
    private static Task<bool> QuarantineAsync(ServiceProvider services, string message) =>
        services.GetRequiredService<PoisonBlobHandler>().HandleMessageAsync(message);

    /// <summary>The message as the blob trigger writes it to its poison queue.</summary>
    private static string HostMessage(string blobName, ETag etag) => JsonSerializer.Serialize(new
    {
        Type = "BlobTrigger",
        FunctionId = "Host.Functions.IngestReport",
        BlobType = "BlockBlob",
        ContainerName = StorageNames.InboxContainer,
        BlobName = blobName,
        ETag = etag.ToString(),
    });

    private async Task<List<TableEntity>> SubmissionsAsync(string blobName)
    {
        var rows = new List<TableEntity>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {TableKeys.UnknownPeriod} and BlobName eq {blobName}");
        await foreach (var row in azurite.Storage.Submissions.QueryAsync<TableEntity>(filter))
        {
            rows.Add(row);
        }

        return rows;
    }
}
