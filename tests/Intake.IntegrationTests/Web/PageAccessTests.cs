using System.Net.Http.Headers;
using System.Net;
using Intake.Core.Submissions;
using Intake.IntegrationTests.Support;
using Intake.Storage;
using Intake.Storage.Tables;
using Intake.Web;
using Intake.Web.Access;
using Intake.Web.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.IntegrationTests.Web;

[Collection(AzuriteCollection.Name)]
public sealed class PageAccessTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task EveryRouteAnswers401WithoutAPrincipalInAppServiceMode()
    {
        await using var server = await PageServer.StartAsync(azurite, WebAccess.AppService);
        using var client = server.Client();

        var routes = server.Services.GetRequiredService<WebRoutes>().All;
        Assert.NotEmpty(routes);
        foreach (var route in routes)
        {
            var path = PathOf(route);
            using var request = new HttpRequestMessage(new HttpMethod(route.Method), path) { Content = route.Method == "POST" ? new ByteArrayContent([1, 2, 3]) : null };
            using var response = await client.SendAsync(request);
            Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{route.Method} {path} answered {response.StatusCode}");
        }
    }

    [Fact]
    public async Task AClerkOfXiawoIsRefusedWith403WhenUploadingAsTheUrbanManagementBureau()
    {
        await using var server = await PageServer.StartAsync(azurite, WebAccess.AppService);
        await server.Services.GetRequiredService<WebUserDirectory>().SetAsync(Principals.Tenant, "00000000-0000-0000-0000-000000000001", "xiawo");
        using var client = server.Client();
        var file = File.ReadAllBytes(RepositoryPaths.Sample("城管局2022年第13周周报.xlsx"));

        foreach (var route in new[] { "/api/preview", "/api/submissions" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, route + "?name=cgj-by-xiawo.xlsx&reporter=" + Uri.EscapeDataString("区城管局")) { Content = new ByteArrayContent(file) };
            request.Headers.Add(ClientPrincipal.HeaderName, Principals.Header("Clerk@Xiawo.example", "00000000-0000-0000-0000-000000000001"));
            using var response = await client.SendAsync(request);

            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.Contains("区城管局", await ResponseJson.ErrorAsync(response));
        }

        var inbox = azurite.Storage.Container(StorageNames.InboxContainer);
        Assert.False(await inbox.GetBlobClient("cgj/cgj-by-xiawo.xlsx").ExistsAsync());
        Assert.False(await inbox.GetBlobClient("xiawo/cgj-by-xiawo.xlsx").ExistsAsync());
    }

    [Fact]
    public async Task AClerkPreviewsAsTheirOwnUnitButDoesNotSeeTheWeekView()
    {
        await using var server = await PageServer.StartAsync(azurite, WebAccess.AppService);
        await server.Services.GetRequiredService<WebUserDirectory>().SetAsync(Principals.Tenant, "00000000-0000-0000-0000-000000000002", "xiawo");
        using var client = server.Client();
        client.DefaultRequestHeaders.Add(ClientPrincipal.HeaderName, Principals.Header("someone@xiawo.example", "00000000-0000-0000-0000-000000000002"));

        using var preview = await client.PostAsync("/api/preview?name=" + Uri.EscapeDataString("峡窝镇2022年第13周周报.csv"),
            Octets(File.ReadAllBytes(RepositoryPaths.Sample("峡窝镇2022年第13周周报.csv"))));
        using var week = await client.GetAsync("/api/weeks/2022-W13");
        using var quarter = await client.GetAsync("/api/periods/2022-Q1/bulletin");

        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Contains("\"reporter\":\"xiawo\"", await preview.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, week.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, quarter.StatusCode);
    }

    [Fact]
    public async Task ASignedInUserWhoIsNotListedMayOpenThePageButNotUpload()
    {
        await using var server = await PageServer.StartAsync(azurite, WebAccess.AppService);
        using var client = server.Client();
        client.DefaultRequestHeaders.Add(ClientPrincipal.HeaderName, Principals.Header("stranger@example.org", "00000000-0000-0000-0000-0000000000ff"));

        using var page = await client.GetAsync("/");
        using var preview = await client.PostAsync("/api/preview?name=a.csv", Octets([1]));

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, preview.StatusCode);
    }

    [Fact]
    public async Task TheDistrictOfficeSeesTheWeekView()
    {
        await using var server = await PageServer.StartAsync(azurite, WebAccess.AppService);
        await server.Services.GetRequiredService<WebUserDirectory>().SetAsync(Principals.Tenant, "00000000-0000-0000-0000-000000000003", "shangjie");
        using var client = server.Client();
        client.DefaultRequestHeaders.Add(ClientPrincipal.HeaderName, Principals.Header("office@shangjie.example", "00000000-0000-0000-0000-000000000003"));

        using var week = await client.GetAsync("/api/weeks/2022-W13");
        using var notAPeriod = await client.GetAsync("/api/periods/2022-W13/export");

        Assert.Equal(HttpStatusCode.OK, week.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, notAPeriod.StatusCode);
    }

    [Fact]
    public async Task AnUploadOverTheLimitIsRefusedWith413AndNeverReachesTheInbox()
    {
        await using var server = await PageServer.StartAsync(azurite, WebAccess.Open, new Dictionary<string, string?> { ["Intake:Limits:MaxFileBytes"] = "1024" });
        using var client = server.Client();

        using var declared = await client.PostAsync("/api/submissions?name=big.csv", Octets(new byte[1025]));
        using var chunked = new HttpRequestMessage(HttpMethod.Post, "/api/submissions?name=big-chunked.csv") { Content = new StreamContent(new MemoryStream(new byte[4096])) };
        chunked.Content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        chunked.Headers.TransferEncodingChunked = true;
        using var undeclared = await client.SendAsync(chunked);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, declared.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, undeclared.StatusCode);
        var inbox = azurite.Storage.Container(StorageNames.InboxContainer);
        Assert.False(await inbox.GetBlobClient("web/big.csv").ExistsAsync());
        Assert.False(await inbox.GetBlobClient("web/big-chunked.csv").ExistsAsync());
    }

    [Fact]
    public async Task AnUploadThatAFormOnAnotherSiteCouldSendIsRefused()
    {
        await using var server = await PageServer.StartAsync(azurite, WebAccess.Open);
        using var client = server.Client();

        using var form = await client.PostAsync("/api/submissions?name=form.csv", new StringContent("指标,本周\n走访企业,3", System.Text.Encoding.UTF8, "text/plain"));
        using var octets = new HttpRequestMessage(HttpMethod.Post, "/api/submissions?name=form.csv") { Content = Octets([1, 2, 3]) };
        octets.Headers.Add("Origin", "https://evil.example");
        using var crossSite = await client.SendAsync(octets);

        Assert.Equal(HttpStatusCode.Forbidden, form.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, crossSite.StatusCode);
        Assert.False(await azurite.Storage.Container(StorageNames.InboxContainer).GetBlobClient("web/form.csv").ExistsAsync());
    }

    [Fact]
    public async Task AClerkCannotSeeTheOutcomeOfAnotherUnitsUpload()
    {
        await using var server = await PageServer.StartAsync(azurite, WebAccess.AppService);
        var users = server.Services.GetRequiredService<WebUserDirectory>();
        await users.SetAsync(Principals.Tenant, "00000000-0000-0000-0000-000000000013", "shangjie");
        await users.SetAsync(Principals.Tenant, "00000000-0000-0000-0000-000000000012", "xiawo");
        using var office = server.Client();
        office.DefaultRequestHeaders.Add(ClientPrincipal.HeaderName, Principals.Header("office@shangjie.example", "00000000-0000-0000-0000-000000000013"));
        using var clerk = server.Client();
        clerk.DefaultRequestHeaders.Add(ClientPrincipal.HeaderName, Principals.Header("clerk2@xiawo.example", "00000000-0000-0000-0000-000000000012"));

        using var sent = await office.PostAsync("/api/submissions?reporter=cgj&name=" + Uri.EscapeDataString("城管局2022年第13周周报.xlsx"),
            Octets(File.ReadAllBytes(RepositoryPaths.Sample("城管局2022年第13周周报.xlsx"))));
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        using var json = System.Text.Json.JsonDocument.Parse(await sent.Content.ReadAsStringAsync());
        var id = json.RootElement.GetProperty("id").GetString();
        await HandlerFactory.Create(azurite).HandleAsync(HandlerFactory.Inbox(azurite, "cgj/城管局2022年第13周周报.xlsx"));

        using var byOffice = await office.GetAsync($"/api/submissions/{id}?period=2022-W13");
        using var byClerk = await clerk.GetAsync($"/api/submissions/{id}?period=2022-W13");
        using var feedbackByClerk = await clerk.GetAsync($"/api/submissions/{id}/feedback?period=2022-W13");

        Assert.Equal(HttpStatusCode.OK, byOffice.StatusCode);
        Assert.Contains("\"status\":\"", await byOffice.Content.ReadAsStringAsync());
        Assert.DoesNotContain("\"status\":\"pending\"", await byOffice.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, byClerk.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, feedbackByClerk.StatusCode);
    }

    [Fact]
    public async Task TheWeeksDocumentsAreItsExportWorkbookAndItsBulletinDraft()
    {
        await HandlerFactory.Create(azurite).HandleAsync(await TestReports.UploadSampleAsync(azurite, "城管局2022年第13周周报.xlsx", "documents/城管局2022年第13周周报.xlsx"));
        await using var server = await PageServer.StartAsync(azurite, WebAccess.Open);
        using var client = server.Client();
        using var rebuilt = await client.PostAsync("/api/weeks/2022-W13/rollup", new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, rebuilt.StatusCode);

        using var export = await client.GetAsync("/api/weeks/2022-W13/export");
        using var bulletin = await client.GetAsync("/api/weeks/2022-W13/bulletin");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (export.StatusCode, bulletin.StatusCode));
        using (var workbook = new MemoryStream(await export.Content.ReadAsByteArrayAsync()))
        {
            var sheets = new List<string>();
            using var reader = ExcelDataReader.ExcelReaderFactory.CreateReader(workbook);
            do
            {
                sheets.Add(reader.Name);
            }
            while (reader.NextResult());

            Assert.Equal(["汇总", "完成情况", "数据核对"], sheets);
        }

        using var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(await bulletin.Content.ReadAsByteArrayAsync()), false);
        var text = document.MainDocumentPart!.Document!.Body!.InnerText;
        Assert.Contains("整修路灯", text, StringComparison.Ordinal);
        Assert.Contains("2000余盏", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThePageIsServedByTheAppWithAPolicyThatAllowsOnlyItsOwnScripts()
    {
        await using var server = await PageServer.StartAsync(azurite, WebAccess.Open);
        using var client = server.Client();

        using var page = await client.GetAsync("/");
        var html = await page.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("script-src 'self'", page.Headers.GetValues("Content-Security-Policy").Single());
        Assert.DoesNotContain("http://", html);
        Assert.DoesNotContain("https://", html);
    }

    [Fact]
    public async Task AForgedPrincipalGets503OnEveryRouteWhenThePlatformSaysItsAuthenticationIsOff()
    {
        await using var server = await PageServer.StartAsync(azurite, WebAccess.AppService,
            new Dictionary<string, string?> { [VisitorResolver.AuthEnabledSetting] = null });
        await server.Services.GetRequiredService<WebUserDirectory>().SetAsync(Principals.Tenant, "00000000-0000-0000-0000-0000000000d1", "shangjie");
        using var client = server.Client();
        client.DefaultRequestHeaders.Add(ClientPrincipal.HeaderName, Principals.Header("office@shangjie.example", "00000000-0000-0000-0000-0000000000d1"));

        foreach (var route in server.Services.GetRequiredService<WebRoutes>().All)
        {
            var path = PathOf(route);
            using var request = new HttpRequestMessage(new HttpMethod(route.Method), path) { Content = route.Method == "POST" ? Octets([1, 2, 3]) : null };
            using var response = await client.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();

            Assert.True(response.StatusCode == HttpStatusCode.ServiceUnavailable, $"{route.Method} {path} answered {response.StatusCode}");
            Assert.Single(body.TrimEnd('\n').Split('\n'));
            Assert.Contains("sign-in is not configured", body, StringComparison.Ordinal);
            Assert.Contains("尚未配置登录", body, StringComparison.Ordinal);
        }

        Assert.False(await azurite.Storage.Container(StorageNames.InboxContainer).GetBlobClient("web/upload").ExistsAsync());
    }

    [Fact]
    public async Task APrincipalListedOnlyByEmailIsNotAUser()
    {
        await using var server = await PageServer.StartAsync(azurite, WebAccess.AppService);
        var users = server.Services.GetRequiredService<WebUserDirectory>();
        // Listed under the names a user or a guest can shape, as earlier versions looked users up: by e-mail, user name, name_typ.
        await users.SetAsync(Principals.Tenant, "guest@xiawo.example", "shangjie");
        await azurite.Storage.Tables.GetTableClient(StorageNames.WebUsersTable).UpsertEntityAsync(
            new Azure.Data.Tables.TableEntity("user", "guest@xiawo.example") { ["Reporter"] = "shangjie" });
        using var client = server.Client();
        client.DefaultRequestHeaders.Add(ClientPrincipal.HeaderName, Principals.Header("guest@xiawo.example", "00000000-0000-0000-0000-0000000000e1"));

        using var me = await client.GetAsync("/api/me");
        using var week = await client.GetAsync("/api/weeks/2022-W13");
        using var preview = await client.PostAsync("/api/preview?name=a.csv", Octets([1]));

        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        Assert.Contains("\"district\":false", await me.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, week.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, preview.StatusCode);
    }

    [Fact]
    public async Task TheSameObjectIdInAnotherTenantIsNotTheUser()
    {
        await using var server = await PageServer.StartAsync(azurite, WebAccess.AppService);
        await server.Services.GetRequiredService<WebUserDirectory>().SetAsync(Principals.Tenant, "00000000-0000-0000-0000-0000000000f1", "shangjie");
        using var client = server.Client();
        client.DefaultRequestHeaders.Add(ClientPrincipal.HeaderName, Principals.Header("office@other.example", "00000000-0000-0000-0000-0000000000f1", "00000000-0000-0000-0000-00000000beef"));

        using var week = await client.GetAsync("/api/weeks/2022-W13");

        Assert.Equal(HttpStatusCode.Forbidden, week.StatusCode);
    }

    [Fact]
    public async Task EveryAnswerIsNeitherStoredNorSniffedAndDownloadsAreAttachments()
    {
        await HandlerFactory.Create(azurite).HandleAsync(await TestReports.UploadSampleAsync(azurite, "峡窝镇2022年第13周周报.csv", "headers/峡窝镇2022年第13周周报.csv"));
        await using var server = await PageServer.StartAsync(azurite, WebAccess.Open);
        using var client = server.Client();
        using var rebuilt = await client.PostAsync("/api/weeks/2022-W13/rollup", new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));

        foreach (var path in new[] { "/", "/week", "/assets/app.css", "/api/me", "/api/weeks/2022-W13", "/api/weeks/2022-W13/export", "/api/weeks/2022-W13/bulletin", "/api/weeks/nonsense" })
        {
            using var response = await client.GetAsync(path);

            Assert.True(response.Headers.CacheControl?.NoStore == true, $"{path}: Cache-Control {response.Headers.CacheControl}");
            Assert.Equal(["nosniff"], response.Headers.GetValues("X-Content-Type-Options"));
        }

        Assert.True(rebuilt.Headers.CacheControl?.NoStore);
        foreach (var download in new[] { "/api/weeks/2022-W13/export", "/api/weeks/2022-W13/bulletin" })
        {
            using var response = await client.GetAsync(download);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        }
    }

    [Theory]
    [InlineData("..")]
    [InlineData(". . .")]
    [InlineData("....xlsx")]
    [InlineData("\u202E\u2215.csv")]
    public async Task AnUploadWhoseNameSanitizesToNothingEndsInArchiveOrRejected(string name)
    {
        await using var server = await PageServer.StartAsync(azurite, WebAccess.Open);
        using var client = server.Client();
        var file = File.ReadAllBytes(RepositoryPaths.Sample("峡窝镇2022年第13周周报.csv"));

        using var sent = await client.PostAsync($"/api/submissions?reporter=xiawo&period=2022-W13&name={Uri.EscapeDataString(name)}", Octets(file));
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        var blobs = new List<string>();
        await foreach (var blob in azurite.Storage.Container(StorageNames.InboxContainer).GetBlobsAsync())
        {
            if (blob.Name.StartsWith("xiawo/upload-", StringComparison.Ordinal))
            {
                blobs.Add(blob.Name);
            }
        }

        var blobName = Assert.Single(blobs);
        Assert.Matches(@"^xiawo/upload-[0-9a-f]{8}(\.xlsx|\.csv)?$", blobName);
        var outcome = await HandlerFactory.Create(azurite).HandleAsync(HandlerFactory.Inbox(azurite, blobName));

        Assert.NotNull(outcome);
        Assert.True(Enum.IsDefined(outcome.Status));
        Assert.False(await azurite.Storage.Container(StorageNames.InboxContainer).GetBlobClient(blobName).ExistsAsync());
        var ended = outcome.Status == SubmissionStatus.Rejected ? StorageNames.RejectedContainer : StorageNames.ArchiveContainer;
        Assert.True(await azurite.Storage.Container(ended).GetBlobClient(outcome.OriginalBlob).ExistsAsync());
    }

    private static string PathOf(WebRoute route) =>
        route.Template.Replace("{file}", "app.css").Replace("{id}", "abc123").Replace("{week}", "2022-W13");

    private static ByteArrayContent Octets(byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return content;
    }
}
