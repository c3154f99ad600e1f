using System.Diagnostics;
using Azure.Data.Tables;
using Intake.IntegrationTests.Support;
using Intake.Storage;
using Intake.Storage.Tables;
using Xunit.Abstractions;

namespace Intake.IntegrationTests.Reliability;

/// <summary>
/// Fifty uploads landing at once on <c>intake serve</c> (the WebJobs host that runs the function app's handler),
/// against its own Azurite so that its inbox is fed by this test alone.
/// </summary>
public sealed class ConcurrentUploadTests(AzuriteFixture azurite, ITestOutputHelper output) : IClassFixture<AzuriteFixture>
{
    private const int GoodReports = 40;
    private const int BadReports = 10;

    private static readonly TimeSpan Settle = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task FiftyConcurrentUploadsEachEndArchivedOrRejectedWithTheirFactsStoredExactlyOnce()
    {
        await using var serve = await ServeProcess.StartAsync(azurite.ConnectionString, TimeSpan.FromSeconds(90));
        var uploads = Enumerable.Range(1, GoodReports).Select(Good).Concat(Enumerable.Range(1, BadReports).Select(Bad)).ToList();
        var clock = Stopwatch.StartNew();

        await Task.WhenAll(uploads.Select(u => TestReports.UploadAsync(azurite, u.Name, new MemoryStream(u.Content))));
        var submissions = await EventuallyAllProcessedAsync(uploads.Select(u => u.Name).ToList());
        output.WriteLine($"{uploads.Count} uploads processed in {clock.Elapsed.TotalSeconds:0.0} s");

        var facts = await AllFactsAsync();
        foreach (var upload in uploads)
        {
            var submission = Assert.Single(submissions[upload.Name]);
            var id = (string)submission["SubmissionId"];
            var stored = facts.Where(f => (string)f["SubmissionId"] == id).Select(f => ((string)f["Indicator"], (double)f["Value"])).Order().ToList();
            var container = upload.Facts is null ? StorageNames.RejectedContainer : StorageNames.ArchiveContainer;
            Assert.True(await StoredState.BlobExistsAsync(azurite, container, (string)submission["OriginalBlob"]), $"{upload.Name} is not in {container}");
            Assert.True(await StoredState.BlobExistsAsync(azurite, StorageNames.FeedbackContainer, (string)submission["FeedbackBlob"]), $"{upload.Name} has no feedback");
            Assert.Equal(upload.Facts is null ? "rejected" : "accepted", submission["Status"]);
            Assert.Equal(stored.Count, (int)submission["FactCount"]);
            Assert.Equal(upload.Facts ?? [], stored);
        }

        Assert.Equal(uploads.Sum(u => u.Facts?.Length ?? 0), facts.Count);
        Assert.Equal(uploads.Count, submissions.Values.Sum(s => s.Count));
        Assert.Equal(0, await serve.InterruptAsync(TimeSpan.FromSeconds(45)));
        Assert.DoesNotContain("Unhandled exception", serve.Output, StringComparison.Ordinal);
    }

    // Two reporters, a week each, with values that differ from report to report.
    private static Upload Good(int n) => n % 2 == 0
        ? new($"峡窝镇2019年第{n}周周报.xlsx", TestReports.LongWorkbook(("走访企业", 10 + n), ("收集企业问题", 5 + n), ("解决企业问题", n)).ToArray(),
            [("enterprise_issues_collected", 5d + n), ("enterprise_issues_resolved", n), ("enterprise_visits", 10d + n)])
        : new($"城管局2019年第{n}周周报.xlsx", TestReports.LongWorkbook(("整修路灯", 100 + n), ("清淤", n)).ToArray(),
            [("sludge_cleared", n), ("streetlights_repaired", 100d + n)]);

    // A value no one can read, or a file no one can open, in weeks of their own.
    private static Upload Bad(int n) => new(
        $"城管局2019年第{GoodReports + n}周周报.xlsx",
        n % 2 == 0 ? TestReports.LongWorkbook(("整修路灯", "不详")).ToArray() : HostileFiles.Build(HostileFiles.Kinds[n % HostileFiles.Kinds.Count]).Content,
        null);

    private async Task<Dictionary<string, List<TableEntity>>> EventuallyAllProcessedAsync(IReadOnlyList<string> names)
    {
        using var deadline = new CancellationTokenSource(Settle);
        while (true)
        {
            var byName = new Dictionary<string, List<TableEntity>>();
            await foreach (var row in azurite.Storage.Submissions.QueryAsync<TableEntity>(cancellationToken: deadline.Token))
            {
                var name = (string)row["BlobName"];
                byName[name] = [.. byName.GetValueOrDefault(name) ?? [], row];
            }

            var inboxEmpty = true;
            await foreach (var _ in azurite.Storage.Container(StorageNames.InboxContainer).GetBlobsAsync(cancellationToken: deadline.Token))
            {
                inboxEmpty = false;
                break;
            }

            if (inboxEmpty && names.All(byName.ContainsKey))
            {
                return byName;
            }

            await Task.Delay(TimeSpan.FromSeconds(1), deadline.Token);
        }
    }

    private async Task<List<TableEntity>> AllFactsAsync()
    {
        var rows = new List<TableEntity>();
        await foreach (var row in azurite.Storage.Facts.QueryAsync<TableEntity>())
        {
            rows.Add(row);
        }

        return rows;
    }

    private sealed record Upload(string Name, byte[] Content, (string Indicator, double Value)[]? Facts);
}
