using System.Text;
using Intake.Core.Catalog;
using Intake.Core.Messages;
using Intake.Core.Submissions;
using Intake.Functions;
using Intake.IntegrationTests.Support;
using Intake.Storage.Rollups;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.IntegrationTests.Rollups;

/// <summary>
/// Weekly, monthly and quarterly reports of 2014 through the ingest handler, then the timer after 2014-W14: the
/// months, quarters and year the week touches are built too, read back with a plain TableClient.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class PeriodRollupPipelineTests(AzuriteFixture azurite)
{
    // Sunday 2014-04-06 22:00 UTC is Monday 06:00 in Shanghai: 2014-W14 (31 March – 6 April) has just ended.
    private static readonly DateTimeOffset AfterWeek14 = new(2014, 4, 6, 22, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task TheTimerBuildsTheMonthsQuartersAndYearTheWeekTouches()
    {
        await TableRows.ClearRollupStateAsync(azurite);
        await IngestAsync("峡窝镇2014年第10周周报.csv", "指标,本周,累计\n走访企业,10,100\n");
        await IngestAsync("峡窝镇2014年第11周周报.csv", "指标,本周,累计\n走访企业,12,120\n");
        await IngestAsync("峡窝镇2014年第14周周报.csv", "指标,本周\n走访企业,5\n");
        await IngestAsync("济源路街道2014年1月份走访情况.csv", "指标,本月\n走访企业,30\n", "2014-01");
        await IngestAsync("人社局2014年一季度就业情况.csv", "指标,累计\n城镇新增就业,300\n", "2014-Q1");
        await IngestAsync("峡窝镇2014年第12周周报.csv", "指标,本周\n城镇新增就业,40\n");

        await using var services = IntakeServices.For(azurite, new FixedClock(AfterWeek14));
        await new BuildWeeklyRollups(services.GetRequiredService<BuildWeeklyRollupsHandler>()).RunAsync(new TimerInfo(), CancellationToken.None);

        var quarter = await RollupsAsync("2014-Q1");
        Assert.Contains("xiawo|enterprise_visits|period sum 22 exact 2", quarter);
        Assert.Contains("xiawo|enterprise_visits|cumulative last 120 exact 1", quarter);
        Assert.Contains("jiyuanlu|enterprise_visits|period sum 30 exact 1", quarter);
        Assert.Contains("shangjie|enterprise_visits|period sum 52 exact 3", quarter);
        Assert.Contains("shangjie|new_urban_jobs|period owner 300 exact 1", quarter);
        Assert.Contains("xiawo|enterprise_visits|period sum 5 exact 1", await RollupsAsync("2014-Q2"));
        Assert.Contains("xiawo|enterprise_visits|period sum 5 exact 1", await RollupsAsync("2014-04"));
        Assert.Contains("shangjie|enterprise_visits|period sum 57 exact 4", await RollupsAsync("2014"));
        var row = (await TableRows.ReadAsync(azurite.Storage.PeriodRollups, "2014-Q1")).Single(r => r.RowKey == "shangjie|enterprise_visits|period");
        Assert.Equal(("2014-Q1", new DateTimeOffset(2014, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2014, 3, 31, 0, 0, 0, TimeSpan.Zero)),
            ((string)row["Period"], row.GetDateTimeOffset("PeriodStart")!.Value, row.GetDateTimeOffset("PeriodEnd")!.Value));

        var reconciliation = await TableRows.ReadAsync(azurite.Storage.Reconciliation, "2014-Q1");
        var item = Assert.Single(reconciliation);
        Assert.Equal(("rsj|new_urban_jobs|period|owner-vs-units", 300d, 40d), (item.RowKey, (double)item["ChosenValue"], (double)item["OtherValue"]));

        var completeness = await TableRows.ReadAsync(azurite.Storage.Completeness, "2014-Q1");
        var xiawo = completeness.Single(r => r.RowKey == "xiawo");
        Assert.Equal((13, 3, false), ((int)xiawo["Weeks"], (int)xiawo["WeeksReceived"], (bool)xiawo["Received"]));
        Assert.Equal(11, completeness.Count(r => (bool)r["Expected"]!));
        // A report for January is not a weekly report: no week of jiyuanlu's counts as received.
        Assert.Equal(0, (int)completeness.Single(r => r.RowKey == "jiyuanlu")["WeeksReceived"]);
    }

    [Fact]
    public async Task AGapBetweenTwoWeeksCumulativesIsShownUnderTheWeekAndItsMonth()
    {
        await IngestAsync("矿山街道2013年第10周周报.csv", "指标,本周,累计\n走访企业,10,100\n");
        await IngestAsync("矿山街道2013年第11周周报.csv", "指标,本周,累计\n走访企业,12,130\n");
        await using var services = IntakeServices.For(azurite, new FixedClock(new DateTimeOffset(2013, 3, 17, 22, 0, 0, TimeSpan.Zero)));

        await services.GetRequiredService<BuildWeeklyRollupsHandler>().RunAsync(Intake.Core.Periods.Period.Week(2013, 11));
        await services.GetRequiredService<BuildPeriodRollupsHandler>().RunAsync(Intake.Core.Periods.Period.Month(2013, 3));

        var week = Assert.Single(await TableRows.ReadAsync(azurite.Storage.Reconciliation, "2013-W11"));
        Assert.Equal(("kuangshan|enterprise_visits|cumulative|cumulative-gap", 12d, 30d), (week.RowKey, (double)week["ChosenValue"], (double)week["OtherValue"]));
        Assert.Equal((100d, "2013-W10", "2013-W11"), ((double)week["BaseValue"], (string)week["OtherPeriod"], (string)week["ChosenPeriod"]));
        Assert.False(week.ContainsKey("Message"));
        var report = await services.GetRequiredService<WeeklyReportReader>().ReadAsync(Intake.Core.Periods.Period.Week(2013, 11));
        var gap = Assert.Single(report.Reconciliations);
        Assert.Equal(Intake.Core.Rollups.ReconciliationKind.CumulativeGap, gap.Kind);
        Assert.Contains("矿山街道「走访企业」累计由2013-W10的100次增至2013-W11的130次", MessageCatalog.Reconciliation(CatalogLoader.Default, gap).Zh, StringComparison.Ordinal);
        var read = await services.GetRequiredService<PeriodReportReader>().ReadAsync(Intake.Core.Periods.Period.Month(2013, 3));
        Assert.NotNull(read);
        Assert.Contains(read.Rollups, r => r is { OrgUnit.Value: "kuangshan", Indicator.Value: "enterprise_visits", Value: 22 });
    }

    private async Task IngestAsync(string name, string csv, string? period = null)
    {
        var metadata = period is null ? null : new Dictionary<string, string> { ["period"] = period };
        var blob = await TestReports.UploadAsync(azurite, name, new MemoryStream(Encoding.UTF8.GetBytes(csv)), metadata);
        var outcome = await HandlerFactory.Create(azurite).HandleAsync(blob);
        Assert.True(outcome is { Status: SubmissionStatus.Accepted or SubmissionStatus.AcceptedWithWarnings }, $"{name}: {outcome?.Status}");
    }

    private async Task<List<string>> RollupsAsync(string period) =>
        (await TableRows.ReadAsync(azurite.Storage.PeriodRollups, period))
            .Select(r => $"{r.RowKey} {r["Aggregation"]} {r["Value"]} {r["Qualifier"]} {r["ReportCount"]}")
            .Order(StringComparer.Ordinal)
            .ToList();
}
