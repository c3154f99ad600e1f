using System.Text;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Intake.Core.Submissions;
using Intake.Functions;
using Intake.IntegrationTests.Support;
using Intake.Storage.Ingestion;
using Intake.Storage.Rollups;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.IntegrationTests.Rollups;

/// <summary>
/// Two weeks of reports (2019-W10, 2019-W11) through the ingest handler and the timer function; the three tables
/// read back with a plain TableClient against figures worked out by hand.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class WeeklyRollupPipelineTests(AzuriteFixture azurite)
{
    // Friday of 2019-W10, Wednesday of 2019-W11, and the two Monday 06:00 (Shanghai) timer runs.
    private static readonly DateTimeOffset DuringWeek10 = new(2019, 3, 8, 2, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset DuringWeek11 = new(2019, 3, 13, 2, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset AfterWeek10 = new(2019, 3, 10, 22, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset AfterWeek11 = new(2019, 3, 17, 22, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task TwoWeeksIngestedAndRolledUpByTheTimerGiveTheHandComputedTables()
    {
        await TableRows.ClearRollupStateAsync(azurite);
        var xiawo = await IngestAsync(DuringWeek10, "峡窝镇2019年第10周周报.csv", "指标,本周\n走访企业,12\n城镇新增就业,5\n排查安全隐患,8处以上\n");
        var rsj = await IngestAsync(DuringWeek10, "人社局2019年第10周周报.csv", "单位,城镇新增就业（本周）\n区人社局,20\n峡窝镇,6\n");
        var cgj = await IngestAsync(DuringWeek10, "城管局2019年第10周周报.csv", "指标,本周\n排查安全隐患,9\n");
        await RunTimerAsync(AfterWeek10);

        Assert.Equal(
            [
                "cgj|safety_hazards_found|period sum 9 exact 1",
                "rsj|new_urban_jobs|period sum 20 exact 1",
                "shangjie|enterprise_visits|period sum 12 exact 1",
                "shangjie|new_urban_jobs|period owner 20 exact 1",
                "shangjie|safety_hazards_found|period sum 17 at_least 2",
                "xiawo|enterprise_visits|period sum 12 exact 1",
                "xiawo|new_urban_jobs|period sum 5 exact 1",
                "xiawo|safety_hazards_found|period sum 8 at_least 1",
            ],
            await RollupsAsync("2019-W10"));
        Assert.Equal(
            ["rsj|new_urban_jobs|period|owner-vs-units 20 5", "xiawo|new_urban_jobs|period|conflict 5 6"],
            await ReconciliationAsync("2019-W10"));
        var conflict = (await TableRows.ReadAsync(azurite.Storage.Reconciliation, "2019-W10")).Single(r => (string)r["Kind"] == "conflict");
        Assert.Contains(rsj.SubmissionId, (string)conflict["ValuesJson"], StringComparison.Ordinal);
        Assert.Contains(xiawo.SubmissionId, (string)conflict["ValuesJson"], StringComparison.Ordinal);
        Assert.Equal(("rsj", 6d), ((string)conflict["OtherReporter"], (double)conflict["OtherValue"]));
        Assert.False(conflict.ContainsKey("Message"));

        var completeness = await TableRows.ReadAsync(azurite.Storage.Completeness, "2019-W10");
        Assert.Equal(11, completeness.Count);
        Assert.Equal(["cgj", "rsj", "xiawo"], completeness.Where(r => (bool)r["Received"]!).Select(r => r.RowKey).Order());
        Assert.All(completeness, r => Assert.True((bool)r["Expected"]!));
        var cgjRow = completeness.Single(r => r.RowKey == "cgj");
        Assert.Equal((cgj.SubmissionId, cgj.ReceivedAt, false), ((string)cgjRow["SubmissionId"], cgjRow.GetDateTimeOffset("SubmittedAt"), (bool)cgjRow["OnTime"]!));
        Assert.Null(completeness.Single(r => r.RowKey == "fgw").GetDateTimeOffset("SubmittedAt"));

        // Week 2, a late report for week 1 and a correction that ends the conflict.
        await IngestAsync(DuringWeek11, "峡窝镇2019年第11周周报.csv", "指标,本周\n走访企业,7\n");
        await IngestAsync(DuringWeek11, "济源路街道2019年第10周周报.csv", "指标,本周\n走访企业,4\n");
        await IngestAsync(DuringWeek11, "人社局2019年第10周周报.csv", "单位,城镇新增就业（本周）\n区人社局,20\n峡窝镇,5\n");
        Assert.Equal(["2019-W10"], await DirtyWeeksAsync());
        await RunTimerAsync(AfterWeek11);

        Assert.Equal(
            [
                "shangjie|enterprise_visits|period sum 7 exact 1",
                "xiawo|enterprise_visits|period sum 7 exact 1",
            ],
            await RollupsAsync("2019-W11"));
        var week10 = await RollupsAsync("2019-W10");
        Assert.Contains("shangjie|enterprise_visits|period sum 16 exact 2", week10);
        Assert.Contains("jiyuanlu|enterprise_visits|period sum 4 exact 1", week10);
        Assert.Equal(["rsj|new_urban_jobs|period|owner-vs-units 20 5"], await ReconciliationAsync("2019-W10"));
        Assert.Equal(["cgj", "jiyuanlu", "rsj", "xiawo"],
            (await TableRows.ReadAsync(azurite.Storage.Completeness, "2019-W10")).Where(r => (bool)r["Received"]!).Select(r => r.RowKey).Order());
        Assert.Empty(await DirtyWeeksAsync());
        await TableRows.ClearRollupStateAsync(azurite);

        await ExportedWorkbookShowsTheRebuiltWeekAsync();
        await BulletinDocumentTellsTheWeekAsync();
        var backfill = await ProcessRunner.IntakeAsync("rollup", "--from", "2019-W10", "--to", "2019-W11", "--storage", azurite.ConnectionString);
        Assert.True(backfill.ExitCode == 0, backfill.StandardError);
        Assert.Contains("2/2 2019-W11", backfill.StandardError, StringComparison.Ordinal);
        Assert.Contains("shangjie|enterprise_visits|period sum 16 exact 2", await RollupsAsync("2019-W10"));
    }

    private async Task ExportedWorkbookShowsTheRebuiltWeekAsync()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("export").FullName, "2019-W10.xlsx");
        var run = await ProcessRunner.IntakeAsync("export", "--week", "2019-W10", "--out", file, "--storage", azurite.ConnectionString);
        Assert.True(run.ExitCode == 0, run.StandardError);

        var sheets = WorkbookText.Read(file);
        Assert.Equal(["汇总", "完成情况", "数据核对"], sheets.Keys);
        Assert.Contains(["上街区", "走访企业", "次", "16", "", "合计", "2"], sheets["汇总"]);
        Assert.Contains(["上街区", "排查安全隐患", "处", "17", "", "合计", "2"], sheets["汇总"]);
        Assert.Contains(["上街区", "城镇新增就业", "人", "20", "", "牵头部门数", "1"], sheets["汇总"]);
        Assert.Equal("迟报", sheets["完成情况"].Single(r => r[0] == "济源路街道")[^2]);
        Assert.Equal("未报", sheets["完成情况"].Single(r => r[0] == "区发改委")[^2]);
        var item = Assert.Single(sheets["数据核对"].Skip(1));
        Assert.Equal(["区人社局", "城镇新增就业", "本期", "全区数与各单位合计不符", "20", "5"], item.Take(6));
    }

    private async Task BulletinDocumentTellsTheWeekAsync()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("bulletin").FullName, "2019-W10.docx");
        var run = await ProcessRunner.IntakeAsync("bulletin", "--week", "2019-W10", "--out", file, "--storage", azurite.ConnectionString);
        Assert.True(run.ExitCode == 0, run.StandardError);

        using var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(file, false);
        var paragraphs = document.MainDocumentPart!.Document!.Body!.Elements<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText).ToList();
        Assert.Equal(["上街区工作周报", "2019年第10周（3月4日—3月10日）"], paragraphs.Take(2));
        Assert.Contains("一是区城管局。本周排查安全隐患9处。", paragraphs);
        Assert.Contains("二是区人社局。本周全区城镇新增就业20人（峡窝镇5人）。", paragraphs);
        Assert.Contains("三是各乡镇（街道）。本周走访企业共16次（峡窝镇12次、济源路街道4次）；排查安全隐患共8余处（峡窝镇8余处）。", paragraphs);
        Assert.EndsWith("区发改委、通航试验区管委会、区教育局、中心路街道、新安路街道、工业路街道、矿山街道未报送。", paragraphs[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task APastDueTimerCatchesUpOnTheWeeksItMissed()
    {
        await TableRows.ClearRollupStateAsync(azurite);
        await RunTimerAsync(new DateTimeOffset(2019, 9, 1, 22, 0, 0, TimeSpan.Zero));

        await using var services = IntakeServices.For(azurite, new FixedClock(new DateTimeOffset(2019, 9, 22, 22, 0, 0, TimeSpan.Zero)));
        await new BuildWeeklyRollups(services.GetRequiredService<BuildWeeklyRollupsHandler>()).RunAsync(new TimerInfo { IsPastDue = true }, CancellationToken.None);

        var built = await TableRows.ReadAsync(azurite.Storage.RollupState, Intake.Storage.Tables.RollupStateEntity.SchedulePartition);
        Assert.Equal("2019-W38", Assert.Single(built)["Week"]);
        foreach (var week in new[] { "2019-W36", "2019-W37", "2019-W38" })
        {
            Assert.Equal(11, (await TableRows.ReadAsync(azurite.Storage.Completeness, week)).Count);
        }

        await TableRows.ClearRollupStateAsync(azurite);
    }

    [Fact]
    public async Task AnImportWithDayFactsInsideTheWeekCountsAsReceived()
    {
        var import = await IngestAsync(new DateTimeOffset(2019, 7, 1, 0, 0, 0, TimeSpan.Zero), "峡窝镇走访企业历史数据.csv", "单位,指标,日期,数值\n峡窝镇,走访企业,2019-06-04,3\n峡窝镇,走访企业,2019-06-20,5\n");
        await using var services = IntakeServices.For(azurite, new FixedClock(new DateTimeOffset(2019, 7, 1, 0, 0, 0, TimeSpan.Zero)));
        var handler = services.GetRequiredService<BuildWeeklyRollupsHandler>();

        var week23 = await handler.RunAsync(Intake.Core.Periods.Period.Week(2019, 23));
        var week24 = await handler.RunAsync(Intake.Core.Periods.Period.Week(2019, 24));

        var received = Assert.Single(week23.Completeness, c => c.Received);
        Assert.Equal(("xiawo", import.SubmissionId, import.ReceivedAt), (received.Reporter.Value, received.SubmissionId, received.SubmittedAt));
        Assert.DoesNotContain(week24.Completeness, c => c.Received);
        Assert.Equal(3d, Assert.Single(week23.Rollups, r => r.OrgUnit == "xiawo").Value);
    }

    [Fact]
    public async Task ARebuildDeletesRowsThatNoLongerApply()
    {
        const string week = "2019-W20";
        var stale = new TableEntity(week, "gongyelu|enterprise_visits|period") { ["Value"] = 3d };
        await azurite.Storage.WeeklyRollups.UpsertEntityAsync(stale);
        await azurite.Storage.Reconciliation.UpsertEntityAsync(new TableEntity(week, "gongyelu|enterprise_visits|period|conflict"));
        await azurite.Storage.Completeness.UpsertEntityAsync(new TableEntity(week, "nobody"));
        await IngestAsync(new DateTimeOffset(2019, 5, 15, 0, 0, 0, TimeSpan.Zero), "峡窝镇2019年第20周周报.csv", "指标,本周\n走访企业,2\n");

        await using var services = IntakeServices.For(azurite, new FixedClock(new DateTimeOffset(2019, 5, 20, 0, 0, 0, TimeSpan.Zero)));
        await services.GetRequiredService<BuildWeeklyRollupsHandler>().RunAsync(Intake.Core.Periods.Period.Week(2019, 20));

        Assert.Equal(["shangjie|enterprise_visits|period", "xiawo|enterprise_visits|period"],
            (await TableRows.ReadAsync(azurite.Storage.WeeklyRollups, week)).Select(r => r.RowKey).Order());
        Assert.Empty(await TableRows.ReadAsync(azurite.Storage.Reconciliation, week));
        Assert.DoesNotContain("nobody", (await TableRows.ReadAsync(azurite.Storage.Completeness, week)).Select(r => r.RowKey));
    }

    private async Task<(string SubmissionId, DateTimeOffset ReceivedAt)> IngestAsync(DateTimeOffset now, string name, string csv)
    {
        await using var services = IntakeServices.For(azurite, new FixedClock(now));
        var blob = await TestReports.UploadAsync(azurite, name, new MemoryStream(Encoding.UTF8.GetBytes(csv)));
        var receivedAt = (await blob.GetPropertiesAsync()).Value.LastModified;
        var outcome = await services.GetRequiredService<IngestReportHandler>().HandleAsync(blob);
        Assert.Equal(SubmissionStatus.Accepted, outcome?.Status);
        return (outcome!.SubmissionId, receivedAt);
    }

    private async Task RunTimerAsync(DateTimeOffset now)
    {
        await using var services = IntakeServices.For(azurite, new FixedClock(now));
        await new BuildWeeklyRollups(services.GetRequiredService<BuildWeeklyRollupsHandler>()).RunAsync(new TimerInfo(), CancellationToken.None);
    }

    private async Task<List<string>> RollupsAsync(string week) =>
        (await TableRows.ReadAsync(azurite.Storage.WeeklyRollups, week))
            .Select(r => $"{r.RowKey} {r["Aggregation"]} {r["Value"]} {r["Qualifier"]} {r["ReportCount"]}")
            .Order(StringComparer.Ordinal)
            .ToList();

    private async Task<List<string>> ReconciliationAsync(string week) =>
        (await TableRows.ReadAsync(azurite.Storage.Reconciliation, week))
            .Select(r => $"{r.RowKey} {r["ChosenValue"]} {r["OtherValue"]}")
            .Order(StringComparer.Ordinal)
            .ToList();

    private async Task<List<string>> DirtyWeeksAsync() =>
        (await TableRows.ReadAsync(azurite.Storage.RollupState, Intake.Storage.Tables.RollupStateEntity.DirtyPartition))
            .Select(r => r.RowKey)
            .Where(w => w.StartsWith("2019-", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
}
