using System.Text.Json;
using Azure.Data.Tables;
using Intake.Core.Submissions;
using Intake.IntegrationTests.Support;
using Intake.Storage;
using Intake.Storage.Tables;

namespace Intake.IntegrationTests.Reliability;

/// <summary>The files the reading tests turn away, sent through the whole ingest path as uploads.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class HostileUploadTests(AzuriteFixture azurite)
{
    public static TheoryData<string> Kinds => new(HostileFiles.Kinds);

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task HostileUploadEndsInRejectedWithUnreadableFileFeedback(string kind)
    {
        // A week of its own per kind, so that no other test's report of that week is touched.
        var week = HostileFiles.Kinds.ToList().IndexOf(kind) + 1;
        var (content, extension) = HostileFiles.Build(kind);
        var name = $"hostile/{kind}/城管局2016年第{week}周周报{extension}";
        var blob = await TestReports.UploadAsync(azurite, name, new MemoryStream(content));

        var outcome = await HandlerFactory.Create(azurite).HandleAsync(blob);

        Assert.NotNull(outcome);
        Assert.Equal(SubmissionStatus.Rejected, outcome.Status);
        var submission = await SingleSubmissionAsync(outcome.SubmissionId);
        Assert.Equal(("rejected", name, 0), ((string)submission["Status"], (string)submission["BlobName"], (int)submission["FactCount"]));
        Assert.False(await StoredState.BlobExistsAsync(azurite, StorageNames.InboxContainer, name));
        Assert.False(await StoredState.BlobExistsAsync(azurite, StorageNames.ArchiveContainer, outcome.OriginalBlob));
        var rejected = await azurite.Storage.Container(StorageNames.RejectedContainer).GetBlobClient(outcome.OriginalBlob).DownloadContentAsync();
        Assert.Equal(content, rejected.Value.Content.ToArray());

        var feedback = azurite.Storage.Container(StorageNames.FeedbackContainer);
        using var json = JsonDocument.Parse((await feedback.GetBlobClient(outcome.FeedbackBlob).DownloadContentAsync()).Value.Content.ToString());
        Assert.Equal("rejected", json.RootElement.GetProperty("status").GetString());
        var issue = Assert.Single(json.RootElement.GetProperty("issues").EnumerateArray());
        Assert.Equal(("error", "unreadable-file"), (issue.GetProperty("severity").GetString(), issue.GetProperty("code").GetString()));
        Assert.Empty(json.RootElement.GetProperty("facts").EnumerateArray());
        var text = (await feedback.GetBlobClient(outcome.OriginalBlob + ".txt").DownloadContentAsync()).Value.Content.ToString();
        Assert.Contains(issue.GetProperty("message").GetString()!, text, StringComparison.Ordinal);
    }

    private async Task<TableEntity> SingleSubmissionAsync(string submissionId)
    {
        var rows = new List<TableEntity>();
        await foreach (var row in azurite.Storage.Submissions.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"SubmissionId eq {submissionId}")))
        {
            rows.Add(row);
        }

        return Assert.Single(rows);
    }
}
