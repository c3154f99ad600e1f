using System.Text.Json;
using Intake.IntegrationTests.Support;
using Intake.Storage;

namespace Intake.IntegrationTests.Cli;

[Collection(AzuriteCollection.Name)]
public sealed class IngestCommandTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task IngestedFactsAreReadableByTheJavaScriptTablesClient()
    {
        const string sample = "区教育局2022年第13周周报.csv";

        var run = await ProcessRunner.IntakeAsync("ingest", RepositoryPaths.Sample(sample), "--storage", azurite.ConnectionString);

        Assert.True(run.ExitCode == 0, run.StandardOutput + run.StandardError);
        Assert.Contains($"已接收　区教育局　2022-W13　10 项　{sample}", run.StandardOutput, StringComparison.Ordinal);
        var facts = await ReadWithJavaScriptAsync(StorageNames.FactsTable, "2022-W13");
        var jyj = facts.Where(f => f.GetProperty("Reporter").GetString() == "jyj").ToList();
        Assert.Equal(10, jyj.Count);
        var found = jyj.Single(f => f.GetProperty("Indicator").GetString() == "inspection_issues_found" && f.GetProperty("Measure").GetString() == "cumulative");
        Assert.Equal(396, found.GetProperty("Value").GetDouble());
        foreach (var property in new[] { "Reporter", "OrgUnit", "Indicator", "Period", "PeriodStart", "PeriodEnd", "Measure", "Value", "Qualifier", "Unit", "RawText", "SourceCell", "SubmissionId" })
        {
            Assert.True(found.TryGetProperty(property, out _), $"IntakeFacts lacks {property}");
        }

        var submissions = await ReadWithJavaScriptAsync(StorageNames.SubmissionsTable, "2022-W13");
        var submission = submissions.Single(s => s.GetProperty("Reporter").GetString() == "jyj");
        Assert.Equal("accepted", submission.GetProperty("Status").GetString());
        foreach (var property in new[] { "Reporter", "Period", "BlobName", "ContentSha256", "Status", "FactCount", "ErrorCount", "WarningCount", "ReceivedAt", "ProcessedAt", "FeedbackBlob" })
        {
            Assert.True(submission.TryGetProperty(property, out _), $"IntakeSubmissions lacks {property}");
        }

        Assert.True(await azurite.Storage.Container(StorageNames.ArchiveContainer).GetBlobClient(submission.GetProperty("OriginalBlob").GetString()).ExistsAsync());
    }

    [Fact]
    public async Task TheOutcomeLinesFollowTheLanguageAsked()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory().FullName, "通航试验区管委会2022年第12周周报.csv");
        await File.WriteAllTextAsync(file, "项目,本周,累计\n无人机飞行巡查,5,50\n");

        var run = await ProcessRunner.IntakeAsync("ingest", file, "--storage", azurite.ConnectionString, "--lang", "en");

        Assert.True(run.ExitCode == 0, run.StandardOutput + run.StandardError);
        Assert.Contains("accepted  General Aviation Experimental Zone Committee  2022-W12  2 facts  通航试验区管委会2022年第12周周报.csv", run.StandardOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("已接收", run.StandardOutput, StringComparison.Ordinal);
    }

    private async Task<List<JsonElement>> ReadWithJavaScriptAsync(string table, string partition)
    {
        var run = await ProcessRunner.InteropAsync("read-tables.mjs", azurite.ConnectionString, table, partition);
        Assert.True(run.ExitCode == 0, run.StandardError);
        using var json = JsonDocument.Parse(run.StandardOutput);
        return json.RootElement.EnumerateArray().Select(e => e.Clone()).ToList();
    }
}
