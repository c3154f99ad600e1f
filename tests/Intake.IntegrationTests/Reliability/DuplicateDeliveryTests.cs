using Intake.Core.Reports;
using Intake.Core.Submissions;
using Intake.IntegrationTests.Support;
using Intake.Storage;
using Intake.Storage.Tables;

namespace Intake.IntegrationTests.Reliability;

/// <summary>
/// Event Grid delivers at least once, so two workers may run the same upload at the same time; what they
/// leave must be what one run leaves.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class DuplicateDeliveryTests(AzuriteFixture azurite)
{
    private const int Rounds = 3;

    [Theory]
    [InlineData(1, false)]
    [InlineData(2, true)]
    public async Task TheSameBlobDeliveredTwiceAtOnceEndsAsOneSubmissionWithItsFactsOnce(int week, bool correctsAnEarlierVersion)
    {
        for (var round = 0; round < Rounds; round++)
        {
            var period = $"2017-W{week + 2 * round:00}";
            var name = $"城管局2017年第{week + 2 * round}周周报.xlsx";
            var earlier = correctsAnEarlierVersion
                ? await HandlerFactory.Create(azurite).HandleAsync(await TestReports.UploadAsync(azurite, name, TestReports.LongWorkbook(("整修路灯", 150), ("清淤", 30), ("排查管道", 900))))
                : null;
            (string Indicator, double Value)[] expected = [("sludge_cleared", 35d + round), ("streetlights_repaired", 160d + round)];
            await TestReports.UploadAsync(azurite, name, TestReports.LongWorkbook(("整修路灯", 160 + round), ("清淤", 35 + round)));

            // Each delivery has its own handler and storage clients, as two workers would.
            var first = HandlerFactory.Create(azurite);
            var second = HandlerFactory.Create(azurite);
            var outcomes = await Task.WhenAll(
                Task.Run(() => first.HandleAsync(HandlerFactory.Inbox(azurite, name))),
                Task.Run(() => second.HandleAsync(HandlerFactory.Inbox(azurite, name))));

            var ids = outcomes.OfType<Intake.Storage.Ingestion.IngestOutcome>().Select(o => o.SubmissionId).Distinct().ToList();
            var id = Assert.Single(ids);
            var state = await StoredState.ReadAsync(azurite, period);
            var delivered = Assert.Single(state.Submissions, s => (string)s["SubmissionId"] == id);
            Assert.Equal(correctsAnEarlierVersion ? 2 : 1, state.Submissions.Count);
            var current = Assert.Single(state.Submissions, s => ContractNames.ParseSubmissionStatus((string)s["Status"]).IsCurrent());
            Assert.Equal(id, current["SubmissionId"]);
            if (earlier is not null)
            {
                Assert.Equal("superseded", state.StatusById()[earlier.SubmissionId]);
            }

            Assert.Equal(expected, state.Facts.Select(f => ((string)f["Indicator"], (double)f["Value"])).Order());
            Assert.Equal(expected.Length, (int)delivered["FactCount"]);
            Assert.All(state.Facts, f => Assert.Equal(id, f["SubmissionId"]));
            Assert.False(await StoredState.BlobExistsAsync(azurite, StorageNames.InboxContainer, name));
            Assert.True(await StoredState.BlobExistsAsync(azurite, StorageNames.ArchiveContainer, (string)delivered["OriginalBlob"]));
        }
    }
}
