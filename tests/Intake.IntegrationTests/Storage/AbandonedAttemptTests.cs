using Azure.Core;
using Azure.Data.Tables;
using Intake.IntegrationTests.Support;
using Intake.Storage.Ingestion;
using Intake.Storage.Tables;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.IntegrationTests.Storage;

[Collection(AzuriteCollection.Name)]
public sealed class AbandonedAttemptTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task TheFactsOfAnIngestThatCrashedBeforeItsSubmissionAreSweptAfterTheGracePeriod()
    {
        await using var services = IntakeServices.For(azurite);
        await services.GetRequiredService<CatalogMirror>().WriteAsync();
        var name = "峡窝镇2011年第20周周报.xlsx";
        await TestReports.UploadAsync(azurite, name, TestReports.LongWorkbook(("走访企业", 12), ("收集企业问题", 5)));

        // The worker dies right after the facts' transaction: the submission is never written, and nobody retries.
        var crash = new AfterRequestsPolicy(IsTransaction, 1, r => throw new SimulatedCrashException($"crash after {r.Uri}"));
        await Assert.ThrowsAsync<SimulatedCrashException>(() => HandlerFactory.Create(azurite, crash).HandleAsync(HandlerFactory.Inbox(azurite, name, crash)));
        var left = await FactsAsync("2011-W20");
        Assert.Equal(2, left.Count);
        Assert.Empty(await TableRows.ReadAsync(azurite.Storage.Submissions, "2011-W20"));

        // Within the grace period the attempt may still be running: nothing is swept.
        var startedAt = left.Max(r => r.Timestamp!.Value);
        await SweeperAt(startedAt.AddMinutes(30)).SweepAsync();
        Assert.Equal(2, (await FactsAsync("2011-W20")).Count);

        var swept = await SweeperAt(startedAt.AddHours(2)).SweepAsync();

        Assert.True(swept >= 1);
        Assert.Empty(await FactsAsync("2011-W20"));
        Assert.DoesNotContain(await TableRows.ReadAsync(azurite.Storage.RollupState, IngestAttemptEntity.AttemptPartition),
            r => left.Any(f => (string)f["SubmissionId"] == r.RowKey));
    }

    [Fact]
    public async Task AFinishedIngestLeavesNoAttemptMarkAndTheSweepKeepsItsFacts()
    {
        var outcome = await HandlerFactory.Create(azurite).HandleAsync(
            await TestReports.UploadAsync(azurite, "峡窝镇2011年第21周周报.xlsx", TestReports.LongWorkbook(("走访企业", 7))));

        Assert.DoesNotContain(await TableRows.ReadAsync(azurite.Storage.RollupState, IngestAttemptEntity.AttemptPartition), r => r.RowKey == outcome!.SubmissionId);
        await SweeperAt(DateTimeOffset.UtcNow.AddDays(1)).SweepAsync();
        Assert.Equal(7d, Assert.Single(await FactsAsync("2011-W21"))["Value"]);
    }

    private AbandonedAttemptSweeper SweeperAt(DateTimeOffset now) =>
        IntakeServices.For(azurite, new FixedClock(now)).GetRequiredService<AbandonedAttemptSweeper>();

    private async Task<List<TableEntity>> FactsAsync(string partition) => await TableRows.ReadAsync(azurite.Storage.Facts, partition);

    private static bool IsTransaction(Request request) =>
        request.Method == RequestMethod.Post && request.Uri.Path.EndsWith("/$batch", StringComparison.Ordinal);
}
