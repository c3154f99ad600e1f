using Azure.Storage.Blobs.Models;
using Intake.IntegrationTests.Support;
using Intake.Storage;
using Intake.Storage.Tables;
using Intake.Web;
using Intake.Web.Access;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Intake.IntegrationTests.Web;

[Collection(AzuriteCollection.Name)]
public sealed class UploadPageTests(AzuriteFixture azurite)
{
    [SkippableFact]
    public async Task AGoodFileShowsTheFiguresWithChineseIndicatorNamesAndUnits()
    {
        await using var server = await PageServer.StartAsync(azurite, WebAccess.Open);
        await using var chromium = await Chromium.LaunchAsync();
        var (page, _) = await chromium.OpenAsync(server.Address);

        await page.GotoAsync("/");
        await page.Locator("#file").SetInputFilesAsync(RepositoryPaths.Sample("城管局2022年第13周周报.xlsx"));
        await Assertions.Expect(page.Locator("#verdict")).ToHaveAttributeAsync("data-status", "accepted");
        await Chromium.ScreenshotAsync(page, "upload-good-file");

        var streetlights = page.Locator("#facts tbody tr", new PageLocatorOptions { HasText = "整修路灯" }).First;
        await Assertions.Expect(streetlights).ToContainTextAsync("盏");
        await Assertions.Expect(page.Locator("#issues-block")).ToBeHiddenAsync();
        Assert.True(await page.Locator("#facts tbody tr").CountAsync() > 3);
        await Assertions.Expect(page.Locator("#subject")).ToContainTextAsync("区城管局");
    }

    [SkippableFact]
    public async Task ABadFileShowsTheCellsToFixWithWhatWasFoundAndWhatIsExpected()
    {
        await using var server = await PageServer.StartAsync(azurite, WebAccess.Open);
        await using var chromium = await Chromium.LaunchAsync();
        var (page, _) = await chromium.OpenAsync(server.Address);
        var file = WriteTemp("区教育局2022年第13周周报.xlsx",
            TestReports.LongWorkbook(("督查教学单位", "十二"), ("督查发现问题", 5), ("督查问题完成整改", 9)));

        await page.GotoAsync("/");
        await page.Locator("#file").SetInputFilesAsync(file);
        await Assertions.Expect(page.Locator("#verdict")).ToHaveAttributeAsync("data-status", "rejected");
        await Chromium.ScreenshotAsync(page, "upload-bad-file");

        var rows = page.Locator("#issues tbody tr.error");
        Assert.True(await rows.CountAsync() >= 1);
        await Assertions.Expect(page.Locator("#issues")).ToContainTextAsync("周报!B4");
        await Assertions.Expect(page.Locator("#issues")).ToContainTextAsync("完成整改问题数不能大于发现问题数");
        await Assertions.Expect(page.Locator("#facts-block")).ToBeHiddenAsync();
    }

    [SkippableFact]
    public async Task AHistoryImportShowsOnePageOfItsFiguresAndTurnsPages()
    {
        await using var server = await PageServer.StartAsync(azurite, WebAccess.Open);
        await using var chromium = await Chromium.LaunchAsync();
        var (page, _) = await chromium.OpenAsync(server.Address);
        var rows = string.Concat(Enumerable.Range(0, 250).Select(d => $"xiawo,enterprise_visits,{new DateOnly(2021, 1, 1).AddDays(d):yyyy-MM-dd},{d % 9}\n"));
        var file = WriteTemp("峡窝镇走访企业历史数据.csv", new MemoryStream(System.Text.Encoding.UTF8.GetBytes("orgUnit,dataElement,period,value\n" + rows)));

        await page.GotoAsync("/");
        await page.Locator("#file").SetInputFilesAsync(file);
        await Assertions.Expect(page.Locator("#verdict")).ToHaveAttributeAsync("data-status", "accepted");
        await Assertions.Expect(page.Locator("#facts-page")).ToHaveTextAsync("第 1 页，共 3 页（250 项）");
        Assert.Equal(100, await page.Locator("#facts tbody tr").CountAsync());
        await Assertions.Expect(page.Locator("#facts-prev")).ToBeDisabledAsync();

        await page.Locator("#facts-next").ClickAsync();
        await page.Locator("#facts-next").ClickAsync();
        await Assertions.Expect(page.Locator("#facts-page")).ToHaveTextAsync("第 3 页，共 3 页（250 项）");
        Assert.Equal(50, await page.Locator("#facts tbody tr").CountAsync());
        await Assertions.Expect(page.Locator("#facts tbody tr").First).ToContainTextAsync("D202");
        await Assertions.Expect(page.Locator("#facts-next")).ToBeDisabledAsync();
        await Chromium.ScreenshotAsync(page, "upload-history-import-last-page");
    }

    [SkippableFact]
    public async Task AScriptInACellShowsAsTextAndNeverRuns()
    {
        await using var server = await PageServer.StartAsync(azurite, WebAccess.Open);
        await using var chromium = await Chromium.LaunchAsync();
        var (page, dialogs) = await chromium.OpenAsync(server.Address);
        const string script = "<script>alert(1)</script>";
        const string image = "<img src=x onerror=alert(2)>";
        var file = WriteTemp("区城管局2022年第13周周报.xlsx",
            TestReports.LongWorkbook(("整修路灯", script), (image, 3), ("排查管道", 120)));

        await page.GotoAsync("/");
        await page.Locator("#file").SetInputFilesAsync(file);
        await Assertions.Expect(page.Locator("#verdict")).ToHaveAttributeAsync("data-status", "rejected");
        await Chromium.ScreenshotAsync(page, "upload-script-in-a-cell");

        var shown = await page.Locator("#issues").InnerTextAsync();
        Assert.Contains(script, shown);
        Assert.Equal(0, await page.Locator("#preview script, #preview img").CountAsync());
        Assert.Empty(dialogs);
    }

    [SkippableFact]
    public async Task ASentFileReachesTheInboxWithItsMetadataAndTheStoredOutcomeIsShown()
    {
        await using var server = await PageServer.StartAsync(azurite, WebAccess.Open);
        await using var chromium = await Chromium.LaunchAsync();
        var (page, _) = await chromium.OpenAsync(server.Address);
        var file = WriteTemp("峡窝镇第13周周报（网页）.xlsx", TestReports.LongWorkbook(("走访企业", 17), ("收集企业问题", 4), ("解决企业问题", 3)));

        await page.GotoAsync("/");
        await page.Locator("#reporter").SelectOptionAsync("xiawo");
        await page.Locator("#period").FillAsync("2022-W13");
        await page.Locator("#file").SetInputFilesAsync(file);
        await Assertions.Expect(page.Locator("#verdict")).ToHaveAttributeAsync("data-status", "accepted");
        await page.Locator("#send").ClickAsync();
        await Assertions.Expect(page.Locator("#outcome")).ToHaveAttributeAsync("data-status", "pending");

        // The blob trigger comes from the serve host; here the test runs its handler for the uploaded blob.
        var blob = azurite.Storage.Container(StorageNames.InboxContainer).GetBlobClient("xiawo/峡窝镇第13周周报（网页）.xlsx");
        BlobProperties properties = await blob.GetPropertiesAsync();
        Assert.Equal("xiawo", properties.Metadata["reporter"]);
        Assert.Equal("2022-W13", properties.Metadata["period"]);
        var outcome = await HandlerFactory.Create(azurite).HandleAsync(blob);

        Assert.NotNull(outcome);
        await Assertions.Expect(page.Locator("#outcome")).ToHaveAttributeAsync("data-status", "accepted", new() { Timeout = 15_000 });
        await Assertions.Expect(page.Locator("#outcome")).ToContainTextAsync("已接收，共 3 项数据");
        await Assertions.Expect(page.Locator("#feedback")).ToBeVisibleAsync();
        await Chromium.ScreenshotAsync(page, "upload-sent-and-accepted");

        var href = await page.Locator("#feedback").GetAttributeAsync("href");
        var download = await page.APIRequest.GetAsync(href!);
        Assert.Equal(200, download.Status);
        var workbook = await download.BodyAsync();
        Assert.Equal((byte)'P', workbook[0]);
        Assert.Equal((byte)'K', workbook[1]);
    }

    [SkippableFact]
    public async Task ASignedInClerkUploadsOnlyAsTheirOwnUnitAndIsNotOfferedTheWeekView()
    {
        await using var server = await PageServer.StartAsync(azurite, WebAccess.AppService);
        await server.Services.GetRequiredService<WebUserDirectory>().SetAsync(Principals.Tenant, "00000000-0000-0000-0000-000000000021", "kuangshan");
        await using var chromium = await Chromium.LaunchAsync();
        var (page, _) = await chromium.OpenAsync(server.Address, Principals.Header("clerk@kuangshan.example", "00000000-0000-0000-0000-000000000021"));

        await page.GotoAsync("/");
        await page.Locator("#file").SetInputFilesAsync(RepositoryPaths.Sample("矿山街道2022年第13周周报.xls"));
        await Assertions.Expect(page.Locator("#verdict")).ToHaveAttributeAsync("data-status", "accepted");
        await Chromium.ScreenshotAsync(page, "upload-signed-in-clerk");

        await Assertions.Expect(page.Locator("#reporter")).ToBeDisabledAsync();
        await Assertions.Expect(page.Locator("#reporter")).ToHaveValueAsync("kuangshan");
        await Assertions.Expect(page.Locator("#who")).ToHaveTextAsync("clerk@kuangshan.example");
        await Assertions.Expect(page.Locator("#week-link")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("#open-banner")).ToBeHiddenAsync();
    }

    private static string WriteTemp(string name, MemoryStream content)
    {
        var folder = Directory.CreateTempSubdirectory("intake-page-");
        var path = Path.Combine(folder.FullName, name);
        File.WriteAllBytes(path, content.ToArray());
        return path;
    }
}
