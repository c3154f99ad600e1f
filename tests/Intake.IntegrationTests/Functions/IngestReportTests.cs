using System.Security.Cryptography;
using Azure.Data.Tables;
using Intake.Core.Submissions;
using Intake.Functions;
using Intake.IntegrationTests.Support;
using Intake.Storage;
using Intake.Storage.Ingestion;
using Intake.Storage.Tables;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.IntegrationTests.Functions;

[Collection(AzuriteCollection.Name)]
public sealed class IngestReportTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task BlobTriggeredFunctionStoresFactsAndAnAcceptedSubmission()
    {
        const string sample = "城管局2022年第13周周报.xlsx";
        await using var services = IntakeServices.For(azurite);
        var blob = await TestReports.UploadSampleAsync(azurite, sample);

        await new IngestReport(services.GetRequiredService<IngestReportHandler>()).RunAsync(blob, CancellationToken.None);

        var facts = await QueryAsync(StorageNames.FactsTable, TableClient.CreateQueryFilter($"PartitionKey eq {"2022-W13"} and Reporter eq {"cgj"}"));
        Assert.Equal(14, facts.Count);
        var repaired = Assert.Single(facts, f => (string)f["Indicator"] == "streetlights_repaired" && (string)f["Measure"] == "cumulative");
        Assert.Equal(2000d, repaired["Value"]);
        Assert.Equal("at_least", repaired["Qualifier"]);
        Assert.Equal("2000余", repaired["RawText"]);
        Assert.Equal("周报!E5", repaired["SourceCell"]);
        Assert.Equal("cgj", repaired["OrgUnit"]);
        Assert.Equal(new DateTimeOffset(2022, 3, 28, 0, 0, 0, TimeSpan.Zero), repaired.GetDateTimeOffset("PeriodStart"));

        var submission = Assert.Single(await QueryAsync(StorageNames.SubmissionsTable, TableClient.CreateQueryFilter($"PartitionKey eq {"2022-W13"} and Reporter eq {"cgj"}")));
        Assert.Equal("accepted", submission["Status"]);
        Assert.Equal(14, submission["FactCount"]);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(RepositoryPaths.Sample(sample)))), submission["ContentSha256"]);
        Assert.Equal(submission["SubmissionId"], repaired["SubmissionId"]);
        Assert.All(facts, f => Assert.Equal(submission["SubmissionId"], f["SubmissionId"]));

        Assert.Equal($"{submission["SubmissionId"]}/{sample}", submission["OriginalBlob"]);
        Assert.True(await azurite.Storage.Container(StorageNames.ArchiveContainer).GetBlobClient((string)submission["OriginalBlob"]).ExistsAsync());
        Assert.True(await azurite.Storage.Container(StorageNames.FeedbackContainer).GetBlobClient((string)submission["FeedbackBlob"]).ExistsAsync());
        Assert.False(await blob.ExistsAsync());
    }

    [Fact]
    public async Task RejectedReportStoresNoFactAndKeepsTheOriginalInRejected()
    {
        const string name = "城管局2022年第21周周报.xlsx";
        await using var services = IntakeServices.For(azurite);
        var blob = await TestReports.UploadAsync(azurite, name, TestReports.LongWorkbook(("整修路灯", "不详")));

        var outcome = await services.GetRequiredService<IngestReportHandler>().HandleAsync(blob);

        Assert.Equal(SubmissionStatus.Rejected, outcome!.Status);
        Assert.Empty(await QueryAsync(StorageNames.FactsTable, TableClient.CreateQueryFilter($"PartitionKey eq {"2022-W21"}")));
        var submission = Assert.Single(await QueryAsync(StorageNames.SubmissionsTable, TableClient.CreateQueryFilter($"PartitionKey eq {"2022-W21"}")));
        Assert.Equal(("rejected", 1), ((string)submission["Status"], (int)submission["ErrorCount"]));
        Assert.Contains("周报!B2", (string)submission["IssuesJson"], StringComparison.Ordinal);
        Assert.True(await azurite.Storage.Container(StorageNames.RejectedContainer).GetBlobClient(outcome.OriginalBlob).ExistsAsync());
        Assert.False(await azurite.Storage.Container(StorageNames.ArchiveContainer).GetBlobClient(outcome.OriginalBlob).ExistsAsync());
        Assert.Equal(outcome.OriginalBlob + ".json", submission["FeedbackBlob"]);
        var feedback = azurite.Storage.Container(StorageNames.FeedbackContainer);
        Assert.Contains("\"type-error\"", (await feedback.GetBlobClient(outcome.OriginalBlob + ".json").DownloadContentAsync()).Value.Content.ToString(), StringComparison.Ordinal);
        Assert.True(await feedback.GetBlobClient(outcome.OriginalBlob + ".xlsx").ExistsAsync());
        Assert.False(await blob.ExistsAsync());
    }

    [Fact]
    public async Task IdenticalReuploadIsRecordedAsDuplicateAndChangesNothing()
    {
        await using var services = IntakeServices.For(azurite);
        var handler = services.GetRequiredService<IngestReportHandler>();
        var first = await handler.HandleAsync(await TestReports.UploadAsync(azurite, "城管局2022年第22周周报.xlsx", TestReports.LongWorkbook(("整修路灯", 160))));
        var again = await handler.HandleAsync(await TestReports.UploadAsync(azurite, "城管局2022年第22周周报(1).xlsx", TestReports.LongWorkbook(("整修路灯", 160))));

        Assert.Equal((SubmissionStatus.Accepted, SubmissionStatus.Duplicate), (first!.Status, again!.Status));
        var fact = Assert.Single(await QueryAsync(StorageNames.FactsTable, TableClient.CreateQueryFilter($"PartitionKey eq {"2022-W22"}")));
        Assert.Equal(first.SubmissionId, fact["SubmissionId"]);
    }

    [Fact]
    public async Task IdenticalReuploadUnderTheSameNameIsAlsoADuplicateAndKeepsBothRecords()
    {
        const string name = "城管局2022年第24周周报.xlsx";
        var handler = HandlerFactory.Create(azurite);
        var first = await handler.HandleAsync(await TestReports.UploadAsync(azurite, name, TestReports.LongWorkbook(("整修路灯", 160))));
        var again = await handler.HandleAsync(await TestReports.UploadAsync(azurite, name, TestReports.LongWorkbook(("整修路灯", 160))));

        Assert.Equal((SubmissionStatus.Accepted, SubmissionStatus.Duplicate), (first!.Status, again!.Status));
        var state = await StoredState.ReadAsync(azurite, "2022-W24");
        Assert.Equal(2, state.Submissions.Count);
        Assert.Equal(first.SubmissionId, Assert.Single(state.Facts)["SubmissionId"]);
        Assert.True(await StoredState.BlobExistsAsync(azurite, StorageNames.ArchiveContainer, first.OriginalBlob));
        Assert.True(await StoredState.BlobExistsAsync(azurite, StorageNames.ArchiveContainer, again.OriginalBlob));
    }

    [Fact]
    public async Task AFileUploadedAgainWhileTheFirstIsProcessedIsNotDeletedWithIt()
    {
        const string name = "城管局2022年第25周周报.xlsx";
        var first = await TestReports.UploadAsync(azurite, name, TestReports.LongWorkbook(("整修路灯", 150)));
        var firstVersion = (await first.GetPropertiesAsync()).Value.ETag;
        await TestReports.UploadAsync(azurite, name, TestReports.LongWorkbook(("整修路灯", 160)));

        var archive = new Intake.Storage.Blobs.ReportArchive(azurite.Storage, Intake.Core.Catalog.CatalogLoader.Default);
        var removed = await archive.RemoveFromInboxAsync(first, firstVersion);

        Assert.False(removed);
        Assert.True(await first.ExistsAsync());
    }

    [Fact]
    public async Task CorrectedReuploadSupersedesTheEarlierVersion()
    {
        await using var services = IntakeServices.For(azurite);
        var handler = services.GetRequiredService<IngestReportHandler>();
        var first = await handler.HandleAsync(await TestReports.UploadAsync(azurite, "城管局2022年第23周周报.xlsx", TestReports.LongWorkbook(("整修路灯", 160), ("清淤", 30))));
        var corrected = await handler.HandleAsync(await TestReports.UploadAsync(azurite, "城管局2022年第23周周报（修改版）.xlsx", TestReports.LongWorkbook(("整修路灯", 165))));

        Assert.Equal(SubmissionStatus.Accepted, corrected!.Status);
        var fact = Assert.Single(await QueryAsync(StorageNames.FactsTable, TableClient.CreateQueryFilter($"PartitionKey eq {"2022-W23"}")));
        Assert.Equal((165d, corrected.SubmissionId), ((double)fact["Value"], (string)fact["SubmissionId"]));
        var statuses = (await QueryAsync(StorageNames.SubmissionsTable, TableClient.CreateQueryFilter($"PartitionKey eq {"2022-W23"}")))
            .ToDictionary(s => (string)s["SubmissionId"], s => (string)s["Status"]);
        Assert.Equal("superseded", statuses[first!.SubmissionId]);
        Assert.Equal("accepted", statuses[corrected.SubmissionId]);
    }

    [Fact]
    public async Task AReportWithThousandsOfIssuesStoresIssuesJsonThatParsesAndSaysHowManyItLeftOut()
    {
        const string name = "城管局2021年第47周周报.xlsx";
        await using var services = IntakeServices.For(azurite);
        var rows = Enumerable.Range(1, 3000).Select(i => ("整修路灯", (object)$"不详{i}")).ToArray();
        var blob = await TestReports.UploadAsync(azurite, name, TestReports.LongWorkbook(rows));

        var outcome = await services.GetRequiredService<IngestReportHandler>().HandleAsync(blob);

        var submission = Assert.Single(await QueryAsync(StorageNames.SubmissionsTable,
            TableClient.CreateQueryFilter($"PartitionKey eq {"2021-W47"} and SubmissionId eq {outcome!.SubmissionId}")));
        var json = (string)submission["IssuesJson"];
        Assert.True(json.Length <= SubmissionEntity.MaxIssuesJsonLength);
        using var issues = System.Text.Json.JsonDocument.Parse(json);
        var stored = issues.RootElement.GetArrayLength();
        Assert.InRange(stored, 1, 2999);
        Assert.True((int)submission["ErrorCount"] >= 3000);
        Assert.Equal((int)submission["ErrorCount"] + (int)submission["WarningCount"] - stored, (int)submission["IssuesOmitted"]);
    }

    private async Task<List<TableEntity>> QueryAsync(string table, string filter)
    {
        var rows = new List<TableEntity>();
        await foreach (var row in azurite.Storage.Tables.GetTableClient(table).QueryAsync<TableEntity>(filter))
        {
            rows.Add(row);
        }

        return rows;
    }
}
