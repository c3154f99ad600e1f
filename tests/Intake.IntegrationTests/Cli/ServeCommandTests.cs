using System.Diagnostics;
using System.IO.Compression;
using Azure.Data.Tables;
using Azure.Storage.Blobs.Specialized;
using Intake.IntegrationTests.Support;
using Intake.Storage;
using Xunit.Abstractions;

namespace Intake.IntegrationTests.Cli;

/// <summary>
/// <c>intake serve</c> as a person runs it: a process on the WebJobs SDK against its own Azurite (not the
/// shared one, whose inbox other tests fill and drain by hand), fed by uploads from the Azure SDK alone.
/// </summary>
public sealed class ServeCommandTests(AzuriteFixture azurite, ITestOutputHelper output) : IClassFixture<AzuriteFixture>
{
    private static readonly TimeSpan Pickup = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task UploadsAreProcessedWithNoFurtherCommandAndCtrlCStopsTheHostCleanly()
    {
        await using var serve = await ServeProcess.StartAsync(azurite.ConnectionString, TimeSpan.FromSeconds(90));
        using (var http = new HttpClient { BaseAddress = serve.Address })
        {
            Assert.Equal("ok", await http.GetStringAsync(new Uri("/healthz", UriKind.Relative)));
            Assert.Contains("\"inbox\":\"reports-inbox\"", await http.GetStringAsync(new Uri("/api/status", UriKind.Relative)), StringComparison.Ordinal);
            // The web page's routes, served open on loopback, the same the function app serves behind sign-in.
            Assert.Contains("<html", await http.GetStringAsync(new Uri("/", UriKind.Relative)), StringComparison.Ordinal);
            Assert.Contains("\"district\":true", await http.GetStringAsync(new Uri("/api/me", UriKind.Relative)), StringComparison.Ordinal);
        }

        Assert.Contains("The web page runs open", serve.Output, StringComparison.Ordinal);

        const string report = "城管局2022年第13周周报.xlsx";
        const string hostile = "城管局2022年第14周周报.xlsx";
        var clock = Stopwatch.StartNew();
        await TestReports.UploadSampleAsync(azurite, report);
        await TestReports.UploadAsync(azurite, hostile, ZipBomb());

        var facts = await EventuallyAsync(async () =>
        {
            var rows = await QueryAsync(StorageNames.FactsTable, TableClient.CreateQueryFilter($"PartitionKey eq {"2022-W13"} and Reporter eq {"cgj"}"));
            return rows.Count > 0 ? rows : null;
        });
        Assert.Equal(14, facts.Count);
        output.WriteLine($"Facts stored {clock.Elapsed.TotalSeconds:0.0} s after the upload");
        var rejected = await EventuallyAsync(async () =>
        {
            await foreach (var blob in azurite.Storage.Container(StorageNames.RejectedContainer).GetBlobsAsync())
            {
                if (blob.Name.EndsWith("/" + hostile, StringComparison.Ordinal))
                {
                    return blob.Name;
                }
            }

            return null;
        });
        var feedback = (await azurite.Storage.Container(StorageNames.FeedbackContainer).GetBlobClient(rejected + ".json").DownloadContentAsync()).Value.Content.ToString();
        Assert.Contains("\"rejected\"", feedback, StringComparison.Ordinal);
        Assert.True(await azurite.Storage.Container(StorageNames.FeedbackContainer).GetBlobClient(rejected + ".txt").ExistsAsync());
        Assert.True(clock.Elapsed < Pickup, $"both uploads done in {clock.Elapsed}");
        await EventuallyAsync(async () =>
        {
            await foreach (var _ in azurite.Storage.Container(StorageNames.InboxContainer).GetBlobsAsync())
            {
                return null;
            }

            return "empty";
        });

        var exitCode = await serve.InterruptAsync(TimeSpan.FromSeconds(45));

        output.WriteLine(serve.Output);
        Assert.Equal(0, exitCode);
        Assert.Contains($"accepted {report}: cgj 2022-W13, 14 facts", serve.Output, StringComparison.Ordinal);
        Assert.Contains($"Rejected {hostile}", serve.Output, StringComparison.Ordinal);
        Assert.Contains("intake serve 已停止 / stopped", serve.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("fail:", serve.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", serve.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUploadThatFailsFiveTimesIsQuarantinedByThePoisonQueueTrigger()
    {
        // The report's lock stays taken and serve waits for it only a second: every run fails until the poison threshold.
        const string report = "城管局2022年第13周周报.xlsx";
        var locks = azurite.Storage.Container(StorageNames.LocksContainer);
        var lockBlob = locks.GetBlobClient("2022-W13/cgj/stuck");
        await lockBlob.UploadAsync(BinaryData.Empty, overwrite: true);
        var lease = lockBlob.GetBlobLeaseClient();
        await lease.AcquireAsync(BlobLeaseClient.InfiniteLeaseDuration);
        await using var serve = await ServeProcess.StartAsync(
            azurite.ConnectionString, TimeSpan.FromSeconds(90), new Dictionary<string, string> { ["Intake__ReportLockTimeout"] = "00:00:01" });

        await TestReports.UploadAsync(azurite, "poison/" + report, new MemoryStream(File.ReadAllBytes(RepositoryPaths.Sample(report))), new Dictionary<string, string> { ["form"] = "stuck" });

        var quarantined = await EventuallyAsync(async () =>
        {
            await foreach (var blob in azurite.Storage.Container(StorageNames.RejectedContainer).GetBlobsAsync())
            {
                if (blob.Name.EndsWith("/poison/" + report, StringComparison.Ordinal))
                {
                    return blob.Name;
                }
            }

            return null;
        }, TimeSpan.FromMinutes(3));
        var feedback = (await azurite.Storage.Container(StorageNames.FeedbackContainer).GetBlobClient(quarantined + ".json").DownloadContentAsync()).Value.Content.ToString();
        Assert.Contains("\"processing-failed\"", feedback, StringComparison.Ordinal);
        await lease.ReleaseAsync();
        Assert.Equal(0, await serve.InterruptAsync(TimeSpan.FromSeconds(45)));
        Assert.Contains("Quarantined poison/" + report, serve.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheRollupTimerRunsOnTheScheduleSetting()
    {
        await using var serve = await ServeProcess.StartAsync(
            azurite.ConnectionString, TimeSpan.FromSeconds(90), new Dictionary<string, string> { ["RollupSchedule"] = "*/2 * * * * *" });

        var built = await EventuallyAsync(() => Task.FromResult(serve.Output.Split('\n').FirstOrDefault(l => l.Contains("Scheduled rollup built", StringComparison.Ordinal))));

        Assert.Contains("BuildWeeklyRollupsHandler", built, StringComparison.Ordinal);
        Assert.Equal(0, await serve.InterruptAsync(TimeSpan.FromSeconds(45)));
    }

    [Fact]
    public async Task ServeWithAHalfIdentityBasedSettingFailsAtStartNamingItAndStartsNoEmulator()
    {
        var environment = new Dictionary<string, string>
        {
            ["IntakeStorage__blobServiceUri"] = "https://intakedata.blob.core.windows.net",
            ["IntakeStorage__tableServiceUri"] = "https://intakedata.table.core.windows.net",
            ["IntakeStorage__credential"] = "managedidentity",
        };

        var result = await ProcessRunner.IntakeAsync(environment, "serve", "--port", "0");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("IntakeStorage__queueServiceUri is missing", result.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("Azurite", result.StandardOutput + result.StandardError, StringComparison.Ordinal);
    }

    // A real report with a 5 MiB part of zeros beside it: over the compression-ratio limit, so it is turned away unread.
    private static MemoryStream ZipBomb()
    {
        var workbook = TestReports.LongWorkbook(("整修路灯", 160));
        using (var zip = new ZipArchive(workbook, ZipArchiveMode.Update, leaveOpen: true))
        using (var part = zip.CreateEntry("xl/media/zeros.bin", CompressionLevel.SmallestSize).Open())
        {
            part.Write(new byte[5 * 1024 * 1024]);
        }

        return workbook;
    }

    private static async Task<T> EventuallyAsync<T>(Func<Task<T?>> probe, TimeSpan? within = null)
        where T : class
    {
        using var deadline = new CancellationTokenSource(within ?? Pickup);
        while (true)
        {
            if (await probe() is { } found)
            {
                return found;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(500), deadline.Token);
        }
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
