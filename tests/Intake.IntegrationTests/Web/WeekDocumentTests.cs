using System.Net;
using Azure.Core;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Intake.IntegrationTests.Support;
using Intake.Storage;
using Intake.Web;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.IntegrationTests.Web;

[Collection(AzuriteCollection.Name)]
public sealed class WeekDocumentTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task AGetOfAnUnbuiltWeeksExportWritesNothingAndSaysTheWeekIsNotBuilt()
    {
        const string week = "2016-W07";
        await HandlerFactory.Create(azurite).HandleAsync(await TestReports.UploadAsync(azurite, "峡窝镇2016年第7周周报.xlsx", TestReports.LongWorkbook(("走访企业", 12))));
        var recorder = new RequestRecorder();
        await using var server = await PageServer.StartAsync(azurite, WebAccess.Open, services: s => s.AddSingleton(Recorded(recorder)));
        using var client = server.Client();

        using var export = await client.GetAsync($"/api/weeks/{week}/export");
        using var bulletin = await client.GetAsync($"/api/weeks/{week}/bulletin");
        using var view = await client.GetAsync($"/api/weeks/{week}");

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (export.StatusCode, bulletin.StatusCode));
        Assert.Contains("尚未汇总", await ResponseJson.ErrorAsync(export), StringComparison.Ordinal);
        Assert.Contains("\"built\":false", await view.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.NotEmpty(recorder.Requests);
        Assert.All(recorder.Requests, r => Assert.True(r.Method == RequestMethod.Get || r.Method == RequestMethod.Head, $"{r.Method} {r.Uri}"));
        foreach (var table in new[] { azurite.Storage.WeeklyRollups, azurite.Storage.Completeness, azurite.Storage.Reconciliation })
        {
            Assert.Empty(await TableRows.ReadAsync(table, week));
        }

        // Only a POST builds the week; then the same GETs answer the documents.
        using var rebuilt = await client.PostAsync($"/api/weeks/{week}/rollup", new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));
        using var built = await client.GetAsync($"/api/weeks/{week}/export");
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (rebuilt.StatusCode, built.StatusCode));
        Assert.Contains("\"built\":true", await rebuilt.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(11, (await TableRows.ReadAsync(azurite.Storage.Completeness, week)).Count);
    }

    [Fact]
    public async Task IntakeExportOfAnUnbuiltWeekSaysSoAndWritesNoFile()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("export").FullName, "2016-W09.xlsx");

        var run = await ProcessRunner.IntakeAsync("export", "--week", "2016-W09", "--out", file, "--storage", azurite.ConnectionString);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("intake rollup --week 2016-W09", run.StandardError, StringComparison.Ordinal);
        Assert.False(File.Exists(file));
        Assert.Empty(await TableRows.ReadAsync(azurite.Storage.Completeness, "2016-W09"));
    }

    [Fact]
    public async Task APageRouteForAWeekOutOfRangeIsABadRequestNotAnError()
    {
        await using var server = await PageServer.StartAsync(azurite, WebAccess.Open);
        using var client = server.Client();

        using var export = await client.GetAsync("/api/weeks/0001-W01/export");
        using var rebuild = await client.PostAsync("/api/weeks/0001-W01/rollup", new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest), (export.StatusCode, rebuild.StatusCode));
        Assert.Contains("2000", await ResponseJson.ErrorAsync(export), StringComparison.Ordinal);
    }

    [Fact]
    public async Task APageRouteForAPeriodOutOfRangeIsABadRequestNotAPeriodNotYetBuilt()
    {
        await using var server = await PageServer.StartAsync(azurite, WebAccess.Open);
        using var client = server.Client();

        using var export = await client.GetAsync("/api/periods/1999-Q4/export");
        using var bulletin = await client.GetAsync("/api/periods/2090/bulletin");

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest), (export.StatusCode, bulletin.StatusCode));
        Assert.Contains("2000", await ResponseJson.ErrorAsync(export), StringComparison.Ordinal);
        Assert.DoesNotContain("尚未汇总", await ResponseJson.ErrorAsync(bulletin), StringComparison.Ordinal);
    }

    private IntakeStorage Recorded(RequestRecorder recorder)
    {
        var tables = new TableClientOptions();
        tables.AddPolicy(recorder, HttpPipelinePosition.PerCall);
        var blobs = new BlobClientOptions();
        blobs.AddPolicy(recorder, HttpPipelinePosition.PerCall);
        return new IntakeStorage(azurite.ConnectionString, tables, blobs);
    }
}
