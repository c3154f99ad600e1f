using System.Text.Json;
using Intake.Core.Messages;
using Intake.Core.Reports;

namespace Intake.Core.Tests.Reports;

public sealed class ParseResultJsonTests
{
    private static ReportIssue Issue(int row) =>
        new(Severity.Error, IssueCodes.TypeError, $"周报!C{row}", new("lights_repaired"), MessageCatalog.NotANumber("整修路灯", "lights_repaired", $"不详{row}"));

    [Fact]
    public void ThousandsOfIssuesCutToTheColumnLimitStillParseAsJsonWithWholeIssuesDroppedFromTheEnd()
    {
        var issues = Enumerable.Range(2, 5000).Select(Issue).ToList();

        var json = ParseResultJson.IssuesToJson(issues, 32_000, out var written);

        Assert.True(json.Length <= 32_000);
        using var parsed = JsonDocument.Parse(json);
        var kept = parsed.RootElement.EnumerateArray().ToList();
        Assert.Equal(written, kept.Count);
        Assert.InRange(written, 100, 4999);
        Assert.Equal(Enumerable.Range(2, written).Select(r => $"周报!C{r}"), kept.Select(k => k.GetProperty("cell").GetString()));
    }

    [Fact]
    public void IssuesThatFitAreAllWrittenAsTheUncutArray()
    {
        var issues = Enumerable.Range(2, 3).Select(Issue).ToList();

        var json = ParseResultJson.IssuesToJson(issues, 32_000, out var written);

        Assert.Equal(3, written);
        Assert.Equal(ParseResultJson.IssuesToJson(issues), json);
    }

    [Fact]
    public void AnIssueLongerThanTheLimitLeavesAnEmptyArray()
    {
        var json = ParseResultJson.IssuesToJson([Issue(2)], 10, out var written);

        Assert.Equal(("[]", 0), (json, written));
    }
}
