using Intake.Core.Reports;
using Intake.Core.Submissions;
using Intake.IntegrationTests.Support;
using Intake.Storage;
using Intake.Storage.Tables;

namespace Intake.IntegrationTests.Storage;

[Collection(AzuriteCollection.Name)]
public sealed class CrashRecoveryTests(AzuriteFixture azurite)
{
    // More than the writes of one superseding run (lock, attempt mark, facts, switch, sweep, mark cleared, archive, three feedback files, delete).
    public static TheoryData<int> WriteSteps => new(Enumerable.Range(1, 16));

    [Theory]
    [MemberData(nameof(WriteSteps))]
    public async Task RetryAfterACrashBehindAnyWriteEndsAsOneCleanRun(int crashAfterWrite)
    {
        var week = 30 + crashAfterWrite;
        var period = $"2025-W{week}";
        var name = $"城管局2025年第{week}周周报.xlsx";
        var first = await HandlerFactory.Create(azurite).HandleAsync(
            await TestReports.UploadAsync(azurite, name, TestReports.LongWorkbook(("整修路灯", 150), ("清淤", 30), ("排查管道", 900))));
        await TestReports.UploadAsync(azurite, name, TestReports.LongWorkbook(("整修路灯", 160), ("清淤", 35)));

        var crash = AfterRequestsPolicy.CrashAfterWrite(crashAfterWrite);
        var crashed = await Record.ExceptionAsync(() => HandlerFactory.Create(azurite, crash).HandleAsync(HandlerFactory.Inbox(azurite, name, crash)));
        await HandlerFactory.Create(azurite).HandleAsync(HandlerFactory.Inbox(azurite, name));

        Assert.Equal(crash.Acted, crashed is SimulatedCrashException);
        Assert.True(crash.Acted || crashAfterWrite > 10, $"a superseding run makes more than 10 writes, yet none crashed at write {crashAfterWrite}");
        var state = await StoredState.ReadAsync(azurite, period);
        var current = Assert.Single(state.Submissions, s => ContractNames.ParseSubmissionStatus((string)s["Status"]).IsCurrent());
        Assert.NotEqual(first!.SubmissionId, current["SubmissionId"]);
        Assert.Equal("superseded", state.StatusById()[first.SubmissionId]);
        Assert.Equal(2, state.Submissions.Count);
        Assert.Equal(
            [("sludge_cleared", 35d), ("streetlights_repaired", 160d)],
            state.Facts.Select(f => ((string)f["Indicator"], (double)f["Value"])).Order());
        Assert.All(state.Facts, f => Assert.Equal(current["SubmissionId"], f["SubmissionId"]));
        Assert.False(await StoredState.BlobExistsAsync(azurite, StorageNames.InboxContainer, name));
        Assert.True(await StoredState.BlobExistsAsync(azurite, StorageNames.ArchiveContainer, (string)current["OriginalBlob"]));
        Assert.True(await StoredState.BlobExistsAsync(azurite, StorageNames.ArchiveContainer, (string)state.Submissions.Single(s => (string)s["SubmissionId"] == first.SubmissionId)["OriginalBlob"]));
        Assert.True(await StoredState.BlobExistsAsync(azurite, StorageNames.FeedbackContainer, (string)current["OriginalBlob"] + ".xlsx"));
    }

    [Theory]
    [MemberData(nameof(WriteSteps))]
    public async Task RetryAfterACrashWhileRejectingLeavesTheAcceptedVersionCurrent(int crashAfterWrite)
    {
        var period = $"2023-W{crashAfterWrite:00}";
        var name = $"城管局2023年第{crashAfterWrite}周周报.xlsx";
        var first = await HandlerFactory.Create(azurite).HandleAsync(await TestReports.UploadAsync(azurite, name, TestReports.LongWorkbook(("整修路灯", 150))));
        await TestReports.UploadAsync(azurite, name, TestReports.LongWorkbook(("整修路灯", "不详")));

        var crash = AfterRequestsPolicy.CrashAfterWrite(crashAfterWrite);
        await Record.ExceptionAsync(() => HandlerFactory.Create(azurite, crash).HandleAsync(HandlerFactory.Inbox(azurite, name, crash)));
        await HandlerFactory.Create(azurite).HandleAsync(HandlerFactory.Inbox(azurite, name));

        var state = await StoredState.ReadAsync(azurite, period);
        var statuses = state.StatusById();
        Assert.Equal("accepted", statuses[first!.SubmissionId]);
        var rejected = Assert.Single(state.Submissions, s => (string)s["Status"] == "rejected");
        Assert.Equal(2, state.Submissions.Count);
        Assert.Equal(150d, Assert.Single(state.Facts)["Value"]);
        Assert.False(await StoredState.BlobExistsAsync(azurite, StorageNames.InboxContainer, name));
        Assert.True(await StoredState.BlobExistsAsync(azurite, StorageNames.RejectedContainer, (string)rejected["OriginalBlob"]));
    }

    [Theory]
    [MemberData(nameof(WriteSteps))]
    public async Task RetryAfterACrashOfAFirstVersionStoresItOnce(int crashAfterWrite)
    {
        var period = $"2024-W{crashAfterWrite:00}";
        var name = $"城管局2024年第{crashAfterWrite}周周报.xlsx";
        await TestReports.UploadAsync(azurite, name, TestReports.LongWorkbook(("整修路灯", 160), ("清淤", 35)));

        var crash = AfterRequestsPolicy.CrashAfterWrite(crashAfterWrite);
        await Record.ExceptionAsync(() => HandlerFactory.Create(azurite, crash).HandleAsync(HandlerFactory.Inbox(azurite, name, crash)));
        await HandlerFactory.Create(azurite).HandleAsync(HandlerFactory.Inbox(azurite, name));

        var state = await StoredState.ReadAsync(azurite, period);
        var current = Assert.Single(state.Submissions);
        Assert.Equal("accepted", current["Status"]);
        Assert.Equal(2, state.Facts.Count);
        Assert.All(state.Facts, f => Assert.Equal(current["SubmissionId"], f["SubmissionId"]));
        Assert.False(await StoredState.BlobExistsAsync(azurite, StorageNames.InboxContainer, name));
        Assert.True(await StoredState.BlobExistsAsync(azurite, StorageNames.ArchiveContainer, (string)current["OriginalBlob"]));
    }
}
