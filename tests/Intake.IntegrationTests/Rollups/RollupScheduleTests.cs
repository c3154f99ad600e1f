using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Intake.Core.Periods;
using Intake.IntegrationTests.Support;
using Intake.Storage;
using Intake.Storage.Rollups;
using Intake.Storage.Tables;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.IntegrationTests.Rollups;

[Collection(AzuriteCollection.Name)]
public sealed class RollupScheduleTests(AzuriteFixture azurite)
{
    // Monday 2018-06-18 06:00 in Shanghai: the week that just ended is 2018-W24.
    private static readonly FixedClock MondayMorning = new(new DateTimeOffset(2018, 6, 17, 22, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task AFailingWeekDoesNotStopTheNewestWeekFromBeingBuilt()
    {
        await TableRows.ClearRollupStateAsync(azurite);
        await using var services = Services(new PartitionOutagePolicy("2018-W02"));
        var state = services.GetRequiredService<RollupState>();
        await state.MarkDirtyAsync([Period.Week(2018, 2), Period.Week(2018, 12)], "late-report", MondayMorning.GetUtcNow());

        var built = await services.GetRequiredService<BuildWeeklyRollupsHandler>().RunScheduledAsync();

        Assert.Equal(["2018-W24", "2018-W12"], built.Select(b => b.Week.Code));
        Assert.Equal(11, (await TableRows.ReadAsync(azurite.Storage.Completeness, "2018-W24")).Count);
        var dirty = await TableRows.ReadAsync(azurite.Storage.RollupState, RollupStateEntity.DirtyPartition);
        var failed = Assert.Single(dirty);
        Assert.Equal("2018-W02", failed.RowKey);
        Assert.Contains("RequestFailedException", failed.GetString("LastError"), StringComparison.Ordinal);
        Assert.NotNull(failed.GetDateTimeOffset("FailedAt"));
        Assert.Equal("2018-W24", Assert.Single(await TableRows.ReadAsync(azurite.Storage.RollupState, RollupStateEntity.SchedulePartition)).GetString("Week"));
        await TableRows.ClearRollupStateAsync(azurite);
    }

    [Fact]
    public async Task AFailingMonthOrQuarterDoesNotStopTheOtherPeriodsAndIsBuiltAgainOnTheNextRun()
    {
        // Monday 2007-06-18 06:00 in Shanghai: 2007-W24 has just ended; 2007-W10 (5–11 March) is marked by a late report.
        var afterWeek24 = new FixedClock(new DateTimeOffset(2007, 6, 17, 22, 0, 0, TimeSpan.Zero));
        var afterWeek25 = new FixedClock(new DateTimeOffset(2007, 6, 24, 22, 0, 0, TimeSpan.Zero));
        await HandlerFactory.Create(azurite).HandleAsync(await TestReports.UploadAsync(azurite, "峡窝镇2007年第10周周报.xlsx", TestReports.LongWorkbook(("走访企业", 4))));
        await HandlerFactory.Create(azurite).HandleAsync(await TestReports.UploadAsync(azurite, "峡窝镇2007年第24周周报.xlsx", TestReports.LongWorkbook(("走访企业", 9))));
        await TableRows.ClearRollupStateAsync(azurite);
        await azurite.Storage.RollupState.UpsertEntityAsync(new TableEntity(RollupStateEntity.DirtyPartition, "2007-W10") { ["Week"] = "2007-W10", ["SubmissionId"] = "late-report" });

        // March's partitions are out: the weeks build, and so do June and Q2; March, Q1 and the year (which read them) fail.
        await using (var outage = Services(new PartitionOutagePolicy("2007-03"), afterWeek24))
        {
            var built = await outage.GetRequiredService<BuildWeeklyRollupsHandler>().RunScheduledAsync();
            Assert.Equal(["2007-W24", "2007-W10"], built.Select(b => b.Week.Code));
        }

        Assert.Equal(9d, Figure(await TableRows.ReadAsync(azurite.Storage.PeriodRollups, "2007-06")));
        Assert.Equal(9d, Figure(await TableRows.ReadAsync(azurite.Storage.PeriodRollups, "2007-Q2")));
        foreach (var period in new[] { "2007-03", "2007-Q1", "2007" })
        {
            Assert.Empty(await TableRows.ReadAsync(azurite.Storage.PeriodRollups, period));
        }

        // Each failed period is brought back by a mark of a week that touches it: March and Q1 by 2007-W10, the year by 2007-W24.
        var marks = await TableRows.ReadAsync(azurite.Storage.RollupState, RollupStateEntity.DirtyPartition);
        Assert.Equal(["2007-W10", "2007-W24"], marks.Select(m => m.RowKey).Order(StringComparer.Ordinal));
        Assert.All(marks, m => Assert.Contains("RequestFailedException: Simulated outage of the partitions of 2007-03", m.GetString("LastError"), StringComparison.Ordinal));
        Assert.StartsWith("2007: ", marks.Single(m => m.RowKey == "2007-W24").GetString("LastError"), StringComparison.Ordinal);
        Assert.Equal("2007-W24", Assert.Single(await TableRows.ReadAsync(azurite.Storage.RollupState, RollupStateEntity.SchedulePartition)).GetString("Week"));

        // A week later the outage is over: the week that ended is 2007-W25, and the marks bring back March, Q1 and the year.
        await using (var services = Services(policy: null, afterWeek25))
        {
            var built = await services.GetRequiredService<BuildWeeklyRollupsHandler>().RunScheduledAsync();
            Assert.Equal(["2007-W25", "2007-W24", "2007-W10"], built.Select(b => b.Week.Code));
        }

        Assert.Equal(4d, Figure(await TableRows.ReadAsync(azurite.Storage.PeriodRollups, "2007-03")));
        Assert.Equal(4d, Figure(await TableRows.ReadAsync(azurite.Storage.PeriodRollups, "2007-Q1")));
        Assert.Equal(13d, Figure(await TableRows.ReadAsync(azurite.Storage.PeriodRollups, "2007")));
        Assert.Empty(await TableRows.ReadAsync(azurite.Storage.RollupState, RollupStateEntity.DirtyPartition));
        await TableRows.ClearRollupStateAsync(azurite);

        static double Figure(List<TableEntity> rows) => rows.Single(r => r.RowKey == "xiawo|enterprise_visits|period").GetDouble("Value")!.Value;
    }

    [Fact]
    public async Task AMarkOfAWeekOutOfRangeIsSetAsideWithItsReasonAndTheRunGoesOn()
    {
        await TableRows.ClearRollupStateAsync(azurite);
        await using var services = Services(policy: null);
        // Marks an upload of 0001-W01 left before periods were checked.
        await azurite.Storage.RollupState.UpsertEntityAsync(new TableEntity(RollupStateEntity.DirtyPartition, "0001-W01") { ["Week"] = "0001-W01", ["SubmissionId"] = "old" });
        await azurite.Storage.RollupState.UpsertEntityAsync(new TableEntity(RollupStateEntity.DirtyPartition, "0001-W09") { ["Week"] = "0001-W09", ["SubmissionId"] = "old" });

        var built = await services.GetRequiredService<BuildWeeklyRollupsHandler>().RunScheduledAsync();

        Assert.Equal(["2018-W24"], built.Select(b => b.Week.Code));
        Assert.Empty(await TableRows.ReadAsync(azurite.Storage.RollupState, RollupStateEntity.DirtyPartition));
        var refused = await TableRows.ReadAsync(azurite.Storage.RollupState, RollupStateEntity.RefusedPartition);
        Assert.Equal(["0001-W01", "0001-W09"], refused.Select(r => r.RowKey).Order());
        Assert.All(refused, r => Assert.Contains("2000", r.GetString("LastError"), StringComparison.Ordinal));
        // Nor are the months, quarters and years the set-aside weeks touch built.
        foreach (var period in new[] { "0001-01", "0001-02", "0001-03", "0001-Q1", "0001" })
        {
            Assert.Empty(await TableRows.ReadAsync(azurite.Storage.PeriodRollups, period));
            Assert.Empty(await TableRows.ReadAsync(azurite.Storage.Completeness, period));
        }

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => services.GetRequiredService<BuildWeeklyRollupsHandler>().RunAsync(Period.Week(1, 1)));
        await TableRows.ClearRollupStateAsync(azurite);
    }

    [Fact]
    public async Task AMonthQuarterOrYearOutOfRangeIsRefusedAsAWeekIsAndNothingIsWritten()
    {
        await using var services = Services(policy: null);
        var periods = services.GetRequiredService<BuildPeriodRollupsHandler>();

        // Before the catalog's first year, and (today being 2018-06-18) starting after 2019-06-18.
        var early = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => periods.RunAsync(Period.Quarter(1999, 4)));
        var late = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => periods.RunAsync(Period.Month(2019, 7)));

        Assert.Contains("2000", early.Message, StringComparison.Ordinal);
        Assert.Contains("2019-06-18", late.Message, StringComparison.Ordinal);
        foreach (var period in new[] { "1999-Q4", "2019-07" })
        {
            Assert.Empty(await TableRows.ReadAsync(azurite.Storage.PeriodRollups, period));
            Assert.Empty(await TableRows.ReadAsync(azurite.Storage.Completeness, period));
            Assert.Empty(await TableRows.ReadAsync(azurite.Storage.Reconciliation, period));
        }
    }

    [Fact]
    public async Task IntakeRollupExportAndBulletinOfAPeriodOutOfRangeAreUsageErrorsNotCrashes()
    {
        var folder = Directory.CreateTempSubdirectory("out-of-range").FullName;
        var rollup = await ProcessRunner.IntakeAsync("rollup", "--period", "1999-Q4", "--storage", azurite.ConnectionString);
        var ahead = await ProcessRunner.IntakeAsync("rollup", "--period", "2090", "--storage", azurite.ConnectionString);
        var export = await ProcessRunner.IntakeAsync("export", "--period", "1999-Q4", "--out", Path.Combine(folder, "1999-Q4.xlsx"), "--storage", azurite.ConnectionString);
        var bulletin = await ProcessRunner.IntakeAsync("bulletin", "--period", "2090-Q1", "--out", Path.Combine(folder, "2090-Q1.docx"), "--storage", azurite.ConnectionString);

        Assert.Equal([2, 2, 2, 2], new[] { rollup.ExitCode, ahead.ExitCode, export.ExitCode, bulletin.ExitCode });
        Assert.Contains("1999-Q4", rollup.StandardError, StringComparison.Ordinal);
        Assert.Contains("2000", rollup.StandardError, StringComparison.Ordinal);
        Assert.Contains("2090", ahead.StandardError, StringComparison.Ordinal);
        // Refused for its period, not said to be "not built yet, run intake rollup --period first".
        Assert.Contains("2000", export.StandardError, StringComparison.Ordinal);
        Assert.Contains("2090-Q1", bulletin.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("尚未汇总", export.StandardError + bulletin.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", rollup.StandardError + ahead.StandardError + export.StandardError + bulletin.StandardError, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFiles(folder));
        Assert.Empty(await TableRows.ReadAsync(azurite.Storage.Completeness, "1999-Q4"));
        Assert.Empty(await TableRows.ReadAsync(azurite.Storage.Completeness, "2090"));
    }

    [Fact]
    public async Task IntakeRollupOfAWeekOutOfRangeIsAUsageErrorNotACrash()
    {
        var ancient = await ProcessRunner.IntakeAsync("rollup", "--week", "0001-W01", "--storage", azurite.ConnectionString);
        var export = await ProcessRunner.IntakeAsync("export", "--week", "0001-W01", "--out", Path.Combine(Path.GetTempPath(), "0001-W01.xlsx"), "--storage", azurite.ConnectionString);

        Assert.Equal(2, ancient.ExitCode);
        Assert.Contains("0001-W01", ancient.StandardError, StringComparison.Ordinal);
        Assert.Contains("2000", ancient.StandardError, StringComparison.Ordinal);
        Assert.Equal(2, export.ExitCode);
        Assert.DoesNotContain("Exception", ancient.StandardError + export.StandardError, StringComparison.Ordinal);
    }

    private ServiceProvider Services(HttpPipelinePolicy? policy, TimeProvider? clock = null)
    {
        var tableOptions = new TableClientOptions();
        var blobOptions = new BlobClientOptions();
        if (policy is not null)
        {
            tableOptions.AddPolicy(policy, HttpPipelinePosition.PerCall);
        }

        return new ServiceCollection()
            .AddSingleton(new IntakeStorage(azurite.ConnectionString, tableOptions, blobOptions))
            .AddSingleton<TimeProvider>(clock ?? MondayMorning)
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().Build())
            .AddLogging()
            .AddIntake()
            .BuildServiceProvider();
    }

    // The storage service failing every read of one partition key (in any table), as an outage of one partition server would.
    private sealed class PartitionOutagePolicy(string partition) : HttpPipelinePolicy
    {
        public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
        {
            Fail(message);
            ProcessNext(message, pipeline);
        }

        public override ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
        {
            Fail(message);
            return ProcessNextAsync(message, pipeline);
        }

        private void Fail(HttpMessage message)
        {
            if (message.Request.Method == RequestMethod.Get && Uri.UnescapeDataString(message.Request.Uri.ToString()).Contains($"PartitionKey eq '{partition}'", StringComparison.Ordinal))
            {
                throw new RequestFailedException(503, $"Simulated outage of the partitions of {partition}");
            }
        }
    }
}
