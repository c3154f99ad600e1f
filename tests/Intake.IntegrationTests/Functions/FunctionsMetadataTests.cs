using System.Text.Json;
using Intake.IntegrationTests.Support;

namespace Intake.IntegrationTests.Functions;

public sealed class FunctionsMetadataTests
{
    private static readonly JsonElement[] Functions = Load();

    [Fact]
    public void IngestReportIsAnEventGridBlobTriggerOnTheInbox()
    {
        var binding = Assert.Single(Function("IngestReport").GetProperty("bindings").EnumerateArray());

        Assert.Equal("blobTrigger", binding.GetProperty("type").GetString());
        Assert.Equal("reports-inbox/{name}", binding.GetProperty("path").GetString());
        Assert.Equal("EventGrid", binding.GetProperty("source").GetString());
        Assert.Equal("IntakeStorage", binding.GetProperty("connection").GetString());
    }

    [Fact]
    public void BuildWeeklyRollupsIsATimerOnTheScheduleSetting()
    {
        var binding = Assert.Single(Function("BuildWeeklyRollups").GetProperty("bindings").EnumerateArray());

        Assert.Equal("timerTrigger", binding.GetProperty("type").GetString());
        Assert.Equal("%RollupSchedule%", binding.GetProperty("schedule").GetString());
    }

    [Fact]
    public void QuarantinePoisonBlobIsAQueueTriggerOnTheHostsPoisonQueue()
    {
        var binding = Assert.Single(Function("QuarantinePoisonBlob").GetProperty("bindings").EnumerateArray());

        Assert.Equal("queueTrigger", binding.GetProperty("type").GetString());
        Assert.Equal("webjobs-blobtrigger-poison", binding.GetProperty("queueName").GetString());
        Assert.Equal("AzureWebJobsStorage", binding.GetProperty("connection").GetString());
    }

    [Fact]
    public void WebPageIsAnAnonymousCatchAllHttpTriggerForGetAndPost()
    {
        var bindings = Function("WebPage").GetProperty("bindings").EnumerateArray().ToList();
        var trigger = Assert.Single(bindings, b => b.GetProperty("type").GetString() == "httpTrigger");

        Assert.Equal("{*path}", trigger.GetProperty("route").GetString());
        Assert.Equal("Anonymous", trigger.GetProperty("authLevel").GetString());
        Assert.Equal(["get", "post"], trigger.GetProperty("methods").EnumerateArray().Select(m => m.GetString()));
    }

    [Fact]
    public void HostJsonServesThePageAtTheRootAndNotUnderApi()
    {
        using var host = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.FunctionsOutput, "host.json")));

        Assert.Equal(string.Empty, host.RootElement.GetProperty("extensions").GetProperty("http").GetProperty("routePrefix").GetString());
    }

    [Fact]
    public void HostJsonIsCopiedBesideTheFunctions()
    {
        var hostJson = Path.Combine(RepositoryPaths.FunctionsOutput, "host.json");

        using var host = JsonDocument.Parse(File.ReadAllText(hostJson));
        Assert.Equal(5, host.RootElement.GetProperty("extensions").GetProperty("blobs").GetProperty("poisonBlobThreshold").GetInt32());
    }

    private static JsonElement Function(string name) =>
        Assert.Single(Functions, f => f.GetProperty("name").GetString() == name);

    private static JsonElement[] Load()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.FunctionsOutput, "functions.metadata")));
        return document.RootElement.EnumerateArray().Select(e => e.Clone()).ToArray();
    }
}
