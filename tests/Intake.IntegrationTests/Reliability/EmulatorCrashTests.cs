using System.Diagnostics;
using Azure.Data.Tables;
using Intake.Bench.Workbooks;
using Intake.Core.Reports;
using Intake.Core.Submissions;
using Intake.IntegrationTests.Support;
using Intake.Local.Azurite;
using Intake.Storage;
using Intake.Storage.Tables;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit.Abstractions;

namespace Intake.IntegrationTests.Reliability;

/// <summary>
/// The storage itself dies in the middle of an ingest: an Azurite of this test's own, keeping its data on disk,
/// is killed while the handler writes facts, then started again on the same ports and folder.
/// </summary>
public sealed class EmulatorCrashTests(ITestOutputHelper output)
{
    private const string Name = "区发改委各镇街历史数据.xlsx";
    private const int EarlierRows = 1_000;
    private const int LargeRows = 20_000;

    // Azurite saves its blob and table metadata every 5 seconds: what it held longer than that survives a kill.
    private static readonly TimeSpan AzuriteSaves = TimeSpan.FromSeconds(6);

    [Fact]
    public async Task IngestOfALargeReportCutShortByTheStorageDyingEndsAsOneConsistentVersionWhenRetriedAfterItRestarts()
    {
        var folder = Directory.CreateTempSubdirectory("intake-azurite-crash-");
        var azurite = await AzuriteServer.StartAsync(new AzuriteOptions { UseFreePorts = true, Location = folder.FullName }, NullLogger.Instance);
        try
        {
            var storage = new IntakeStorage(azurite.ConnectionString);
            await storage.EnsureCreatedAsync();
            var earlier = await HandlerFactory.Create(azurite.ConnectionString).HandleAsync(await UploadAsync(storage, Tidy(EarlierRows)));
            var large = Tidy(LargeRows);
            await UploadAsync(storage, large);
            await Task.Delay(AzuriteSaves);

            var killed = azurite;
            var kill = AfterRequestsPolicy.KillAfterTransaction(100, killed.Kill);
            var clock = Stopwatch.StartNew();
            var failure = await Record.ExceptionAsync(() =>
                HandlerFactory.Create(killed.ConnectionString, kill).HandleAsync(HandlerFactory.Inbox(killed.ConnectionString, Name, kill)));
            output.WriteLine($"The run the kill cut short failed after {clock.Elapsed.TotalSeconds:0.0} s: {failure?.GetType().Name}");
            azurite = await killed.StartAgainAsync();
            await killed.DisposeAsync();
            clock.Restart();
            var retry = await HandlerFactory.Create(azurite.ConnectionString).HandleAsync(HandlerFactory.Inbox(azurite.ConnectionString, Name));
            output.WriteLine($"The retry took {clock.Elapsed.TotalSeconds:0.0} s");

            Assert.True(kill.Acted, "Azurite was never killed: the report is not large enough to be cut short");
            Assert.NotNull(failure);
            Assert.NotNull(retry);
            var submissions = await AllAsync(storage.Submissions);
            var current = Assert.Single(submissions, s => ContractNames.ParseSubmissionStatus((string)s["Status"]).IsCurrent());
            Assert.Equal(retry.SubmissionId, current["SubmissionId"]);
            Assert.Equal("superseded", Assert.Single(submissions, s => (string)s["SubmissionId"] == earlier!.SubmissionId)["Status"]);
            Assert.Equal(2, submissions.Count);
            Assert.Equal(LargeRows, (int)current["FactCount"]);
            var facts = await AllAsync(storage.Facts);
            Assert.All(facts, f => Assert.Equal(retry.SubmissionId, f["SubmissionId"]));
            Assert.Equal(LargeRows, facts.Count);
            Assert.Equal(LargeRows, facts.Select(f => ((string)f["Period"], (string)f["OrgUnit"], (string)f["Indicator"], (string)f["Measure"])).Distinct().Count());
            Assert.False(await storage.Container(StorageNames.InboxContainer).GetBlobClient(Name).ExistsAsync());
            var archived = await storage.Container(StorageNames.ArchiveContainer).GetBlobClient((string)current["OriginalBlob"]).DownloadContentAsync();
            Assert.Equal(large, archived.Value.Content.ToArray());
        }
        finally
        {
            await azurite.DisposeAsync();
            folder.Delete(recursive: true);
        }
    }

    private static byte[] Tidy(int rows)
    {
        using var stream = new MemoryStream();
        TidyWorkbook.Write(stream, rows);
        return stream.ToArray();
    }

    private static async Task<Azure.Storage.Blobs.BlobClient> UploadAsync(IntakeStorage storage, byte[] content)
    {
        var blob = storage.Container(StorageNames.InboxContainer).GetBlobClient(Name);
        await blob.UploadAsync(BinaryData.FromBytes(content), overwrite: true);
        return blob;
    }

    private static async Task<List<TableEntity>> AllAsync(TableClient table)
    {
        var rows = new List<TableEntity>();
        await foreach (var row in table.QueryAsync<TableEntity>())
        {
            rows.Add(row);
        }

        return rows;
    }
}
