using System.Globalization;
using Azure.Data.Tables;
using Intake.Core.Periods;
using Intake.IntegrationTests.Support;
using Intake.Storage;
using Intake.Storage.Rollups;
using Intake.Web;
using Intake.Web.Week;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Intake.IntegrationTests.Web;

[Collection(AzuriteCollection.Name)]
public sealed class WeekPageTests(AzuriteFixture azurite)
{
    private static readonly string[] Samples =
    [
        "峡窝镇2022年第13周周报.csv",
        "矿山街道2022年第13周周报.xls",
        "城管局2022年第13周各镇街安全隐患排查表.xlsx",
        "区人社局2022年第13周各乡镇就业情况.xlsx",
        "城管局2022年第13周周报.xlsx",
    ];

    [SkippableFact]
    public async Task AfterARollupTheWeekViewShowsTheCompletenessGridAndTheChart()
    {
        var handler = HandlerFactory.Create(azurite);
        foreach (var sample in Samples)
        {
            await handler.HandleAsync(await TestReports.UploadSampleAsync(azurite, sample));
        }

        using var services = IntakeServices.For(azurite);
        await services.GetRequiredService<BuildWeeklyRollupsHandler>().RunAsync(Period.Week(2022, 13));
        await using var server = await PageServer.StartAsync(azurite, WebAccess.Open);
        await using var chromium = await Chromium.LaunchAsync();
        var (page, _) = await chromium.OpenAsync(server.Address);

        await page.GotoAsync("/week?week=2022-W13");
        await Assertions.Expect(page.Locator("#range")).ToHaveTextAsync("2022-03-28 至 2022-04-03");
        await Assertions.Expect(page.Locator("#charts .chart svg rect").First).ToBeVisibleAsync();
        await Chromium.ScreenshotAsync(page, "week-after-rollup");

        // Whether an upload of 2022 counts as on time or late is the rollups' rule; received it is, either way.
        var grid = page.Locator("#completeness tbody tr");
        Assert.Equal(11, await grid.CountAsync());
        foreach (var row in await grid.AllAsync())
        {
            Assert.Contains(await row.GetAttributeAsync("data-state"), new[] { "on_time", "late", "missing" });
        }

        foreach (var reporter in new[] { "xiawo", "kuangshan", "cgj", "rsj" })
        {
            await Assertions.Expect(page.Locator($"#completeness tr[data-reporter='{reporter}']")).Not.ToHaveAttributeAsync("data-state", "missing");
        }
        var hazards = page.Locator(".chart[data-indicator='safety_hazards_found']");
        await Assertions.Expect(hazards.Locator("h3")).ToHaveTextAsync("排查安全隐患（处）");
        Assert.Equal(6, await hazards.Locator("rect").CountAsync());
        await Assertions.Expect(page.Locator("#district tr[data-indicator='streetlights_repaired']").First).ToContainTextAsync("整修路灯");
    }

    [SkippableFact]
    public async Task AWeekNotYetBuiltSaysSoAndIsBuiltByItsButton()
    {
        const string week = "2015-W11";
        await HandlerFactory.Create(azurite).HandleAsync(await TestReports.UploadAsync(azurite, "峡窝镇2015年第11周周报.xlsx", TestReports.LongWorkbook(("走访企业", 6))));
        await using var server = await PageServer.StartAsync(azurite, WebAccess.Open);
        await using var chromium = await Chromium.LaunchAsync();
        var (page, _) = await chromium.OpenAsync(server.Address);

        await page.GotoAsync("/week?week=" + week);
        await Assertions.Expect(page.Locator("#not-built")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#export")).ToBeHiddenAsync();
        await Chromium.ScreenshotAsync(page, "week-not-built");
        Assert.Empty(await TableRows.ReadAsync(azurite.Storage.Completeness, week));

        await page.Locator("#rebuild").ClickAsync();
        await Assertions.Expect(page.Locator("#not-built")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("#export")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#completeness tr[data-reporter='xiawo']")).Not.ToHaveAttributeAsync("data-state", "missing");
        Assert.Equal(11, (await TableRows.ReadAsync(azurite.Storage.Completeness, week)).Count);
        await Chromium.ScreenshotAsync(page, "week-rebuilt");
    }

    [SkippableFact]
    public async Task TheWeekViewsNumbersEqualTheWeeklyRollupsTableForThatWeek()
    {
        const string week = "2021-W40";
        await SeedWeekAsync(week);
        await using var server = await PageServer.StartAsync(azurite, WebAccess.Open);
        await using var chromium = await Chromium.LaunchAsync();
        var (page, dialogs) = await chromium.OpenAsync(server.Address);

        await page.GotoAsync("/week?week=" + week);
        await Assertions.Expect(page.Locator("#district tbody tr[data-indicator]").First).ToBeVisibleAsync();
        await Chromium.ScreenshotAsync(page, "week-numbers");

        var rows = new List<TableEntity>();
        await foreach (var row in azurite.Storage.WeeklyRollups.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"Week eq {week}")))
        {
            rows.Add(row);
        }

        var district = rows.Where(r => r.GetString("OrgUnit") == "shangjie").ToList();
        Assert.NotEmpty(district);
        Assert.Equal(district.Count, await page.Locator("#district tbody tr[data-indicator]").CountAsync());
        foreach (var row in district)
        {
            var cell = page.Locator($"#district tr[data-indicator='{row.GetString("Indicator")}'][data-measure='{row.GetString("Measure")}'] td.num").First;
            Assert.Equal(row.GetDouble("Value"), double.Parse(await cell.GetAttributeAsync("data-value") ?? "NaN", CultureInfo.InvariantCulture));
            Assert.Equal(row.GetDouble("Value"), double.Parse((await cell.InnerTextAsync()).Replace(",", string.Empty), CultureInfo.InvariantCulture));
        }

        foreach (var row in rows.Where(r => r.GetString("OrgUnit") != "shangjie" && r.GetString("Measure") == "period"))
        {
            var bar = page.Locator($".chart[data-indicator='{row.GetString("Indicator")}'] rect[data-org-unit='{row.GetString("OrgUnit")}']");
            Assert.Equal(row.GetDouble("Value"), double.Parse(await bar.GetAttributeAsync("data-value") ?? "NaN", CultureInfo.InvariantCulture));
        }

        await Assertions.Expect(page.Locator("#reconciliation")).ToContainTextAsync("<b>请核实</b>");
        Assert.Empty(dialogs);
    }

    [SkippableFact]
    public async Task TheWeekViewShowsACumulativeGapAndLinksTheMonthQuarterAndYearOfTheWeek()
    {
        var handler = HandlerFactory.Create(azurite);
        await handler.HandleAsync(await TestReports.UploadAsync(azurite, "矿山街道2010年第10周周报.csv", new MemoryStream(System.Text.Encoding.UTF8.GetBytes("指标,本周,累计\n走访企业,10,100\n"))));
        await handler.HandleAsync(await TestReports.UploadAsync(azurite, "矿山街道2010年第11周周报.csv", new MemoryStream(System.Text.Encoding.UTF8.GetBytes("指标,本周,累计\n走访企业,12,130\n"))));
        using var services = IntakeServices.For(azurite);
        await services.GetRequiredService<BuildWeeklyRollupsHandler>().RunAsync(Period.Week(2010, 11));
        await using var server = await PageServer.StartAsync(azurite, WebAccess.Open);
        await using var chromium = await Chromium.LaunchAsync();
        var (page, dialogs) = await chromium.OpenAsync(server.Address);

        await page.GotoAsync("/week?week=2010-W11");
        var gap = page.Locator("#reconciliation tbody tr").Filter(new() { HasText = "累计与本期数不衔接" });
        await Assertions.Expect(gap).ToContainTextAsync("矿山街道");
        await Assertions.Expect(gap).ToContainTextAsync("累计由2010-W10的100次增至2010-W11的130次");
        await Chromium.ScreenshotAsync(page, "week-cumulative-gap");

        var periods = new List<string?>();
        foreach (var link in await page.Locator("#period-downloads a[data-kind='export']").AllAsync())
        {
            periods.Add(await link.GetAttributeAsync("data-period"));
        }

        Assert.Equal(["2010-03", "2010-Q1", "2010"], periods);
        var notBuilt = await page.APIRequest.GetAsync(new Uri(server.Address, "/api/periods/2010-Q1/bulletin").ToString());
        Assert.Equal(404, notBuilt.Status);
        Assert.Contains("尚未汇总", (await notBuilt.JsonAsync())?.GetProperty("error").GetString(), StringComparison.Ordinal);
        await services.GetRequiredService<BuildPeriodRollupsHandler>().RunAsync(Period.Quarter(2010, 1));
        var built = await page.APIRequest.GetAsync(new Uri(server.Address, "/api/periods/2010-Q1/export").ToString());
        Assert.Equal(200, built.Status);
        Assert.Empty(dialogs);
    }

    private async Task SeedWeekAsync(string week)
    {
        var start = new DateTime(2021, 10, 4, 0, 0, 0, DateTimeKind.Utc);
        (string OrgUnit, string Indicator, string Measure, double Value, string Qualifier)[] figures =
        [
            ("shangjie", "streetlights_repaired", "period", 2000, "at_least"),
            ("shangjie", "streetlights_repaired", "cumulative", 20345, "exact"),
            ("shangjie", "pipes_inspected", "period", 1234.5, "exact"),
            ("shangjie", "registered_unemployment_rate", "period", 3.25, "exact"),
            ("shangjie", "safety_hazards_found", "period", 61, "exact"),
            ("xiawo", "safety_hazards_found", "period", 12, "exact"),
            ("jiyuanlu", "safety_hazards_found", "period", 9, "exact"),
            ("zhongxinlu", "safety_hazards_found", "period", 15, "exact"),
            ("xinanlu", "safety_hazards_found", "period", 7, "exact"),
            ("gongyelu", "safety_hazards_found", "period", 8, "exact"),
            ("kuangshan", "safety_hazards_found", "period", 10, "exact"),
            ("xiawo", "new_urban_jobs", "period", 35, "exact"),
            ("kuangshan", "new_urban_jobs", "period", 0, "exact"),
        ];
        foreach (var f in figures)
        {
            await azurite.Storage.WeeklyRollups.UpsertEntityAsync(new TableEntity(week, $"{f.OrgUnit}|{f.Indicator}|{f.Measure}")
            {
                ["Week"] = week,
                ["WeekStart"] = start,
                ["OrgUnit"] = f.OrgUnit,
                ["Indicator"] = f.Indicator,
                ["Measure"] = f.Measure,
                ["Aggregation"] = "sum",
                ["Value"] = f.Value,
                ["Qualifier"] = f.Qualifier,
                ["ReportCount"] = 2,
                ["ComputedAt"] = DateTimeOffset.UtcNow,
            });
        }

        var reconciliation = azurite.Storage.Tables.GetTableClient(StorageNames.ReconciliationTable);
        await reconciliation.CreateIfNotExistsAsync();
        await reconciliation.UpsertEntityAsync(new TableEntity(week, "shangjie|safety_hazards_found|period|owner-vs-units")
        {
            ["Week"] = week,
            ["OrgUnit"] = "shangjie",
            ["Indicator"] = "safety_hazards_found",
            ["Measure"] = "period",
            ["Kind"] = "owner-vs-units",
            ["ChosenValue"] = 61.0,
            ["ChosenQualifier"] = "exact",
            // A reporter the catalog does not know is named by its code: the page shows it as text.
            ["ChosenReporter"] = "<b>请核实</b>",
            ["ChosenPeriod"] = week,
            ["OtherValue"] = 58.0,
            ["OtherQualifier"] = "exact",
            ["OtherPeriod"] = week,
            ["UnitCount"] = 6,
            ["ValuesJson"] = "[]",
        });
        await SeedCompletenessAsync(week, received: ["xiawo", "cgj"], late: []);
    }

    // The week's completeness rows, as the rollup writes them.
    private async Task SeedCompletenessAsync(string week, string[] received, string[] late)
    {
        var sunday = Period.TryParse(week, out var period) ? period.End : throw new ArgumentException(week);
        var table = azurite.Storage.Tables.GetTableClient(StorageNames.CompletenessTable);
        await table.CreateIfNotExistsAsync();
        foreach (var unit in Core.Catalog.CatalogLoader.Default.ExpectedReporters)
        {
            var got = received.Contains(unit.Code);
            await table.UpsertEntityAsync(new TableEntity(week, unit.Code)
            {
                ["Week"] = week,
                ["Reporter"] = unit.Code.Value,
                ["Expected"] = true,
                ["Received"] = got,
                ["OnTime"] = got && !late.Contains(unit.Code),
                ["SubmittedAt"] = got ? new DateTimeOffset(sunday.AddDays(late.Contains(unit.Code) ? 3 : 0), new TimeOnly(9, 30), TimeSpan.Zero) : null,
                ["SubmissionId"] = got ? "seeded" : string.Empty,
            });
        }
    }
}
