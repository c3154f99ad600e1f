using System.Net.Http.Headers;
using System.Text.Json;
using Intake.Core.Metadata;
using Intake.Core.Reports;
using Intake.IntegrationTests.Support;
using Intake.Web;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.IntegrationTests.Web;

[Collection(AzuriteCollection.Name)]
public sealed class PreviewTests(AzuriteFixture azurite)
{
    public static TheoryData<string> Samples() => new(Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "samples")).Select(Path.GetFileName)!);

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task ThePreviewIsTheParseTheBlobTriggerWillRun(string sample)
    {
        await using var server = await PageServer.StartAsync(azurite, WebAccess.Open);
        using var client = server.Client();
        var bytes = File.ReadAllBytes(RepositoryPaths.Sample(sample));
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");

        using var response = await client.PostAsync("/api/preview?name=" + Uri.EscapeDataString(sample), content);
        using var preview = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var parser = server.Services.GetRequiredService<ReportParser>();
        var expected = await parser.ParseAsync(() => new MemoryStream(bytes), new ReportHints(sample, BlobPath: "web/" + sample));

        var root = preview.RootElement;
        Assert.Equal(ContractNames.Of(expected.Status), root.GetProperty("status").GetString());
        Assert.Equal(expected.Reporter, root.GetProperty("reporter").GetString());
        Assert.Equal(expected.Period?.Code, root.GetProperty("period").GetString());
        Assert.Equal(expected.Facts.Select(f => (f.OrgUnit.Value, f.Indicator.Value, f.Measure.ToString().ToLowerInvariant(), f.Value, f.Cell)),
            root.GetProperty("facts").EnumerateArray().Select(f => (
                f.GetProperty("orgUnit").GetString()!, f.GetProperty("indicator").GetString()!, f.GetProperty("measure").GetString()!,
                f.GetProperty("value").GetDouble(), f.GetProperty("cell").GetString()!)));
        Assert.Equal(expected.Issues.Select(i => (i.Cell, i.MessageZh)).Order(),
            root.GetProperty("issues").EnumerateArray().Select(i => (i.GetProperty("cell").GetString(), i.GetProperty("message").GetString()!)).Order());
    }

    [Theory]
    [InlineData("Intake:Limits:MaxRows", "3", "城管局2022年第13周周报.xlsx", "行的上限")]
    [InlineData("Intake:Limits:MaxUncompressedBytes", "2048", "城管局2022年第13周周报.xlsx", "解压后")]
    [InlineData("Intake:Limits:MaxParseTime", "00:00:00.001", "history", "秒的时限")]
    public async Task ThePreviewKeepsTheTriggersWorkLimits(string setting, string value, string sample, string reason)
    {
        await using var server = await PageServer.StartAsync(azurite, WebAccess.Open, new Dictionary<string, string?> { [setting] = value });
        using var client = server.Client();
        var bytes = sample == "history"
            ? System.Text.Encoding.UTF8.GetBytes("orgUnit,dataElement,period,value\n" + string.Concat(Enumerable.Range(0, 20_000).Select(d => $"xiawo,enterprise_visits,{new DateOnly(2000, 1, 1).AddDays(d % 9000):yyyy-MM-dd},{d}\n")))
            : File.ReadAllBytes(RepositoryPaths.Sample(sample));
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");

        using var response = await client.PostAsync("/api/preview?reporter=xiawo&name=limits.csv", content);
        using var preview = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        var issue = Assert.Single(preview.RootElement.GetProperty("issues").EnumerateArray());
        Assert.Equal("unreadable-file", issue.GetProperty("code").GetString());
        Assert.Contains(reason, issue.GetProperty("message").GetString(), StringComparison.Ordinal);
    }
}
