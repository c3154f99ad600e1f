using System.Text.Json;
using Intake.IntegrationTests.Support;

namespace Intake.IntegrationTests.Cli;

public sealed class ParseCommandTests
{
    [Fact]
    public async Task LongXlsxSamplePrintsTheContractJsonAndExitsZero()
    {
        var run = await ProcessRunner.IntakeAsync("parse", RepositoryPaths.Sample("城管局2022年第13周周报.xlsx"), "--json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.StandardOutput);
        var root = json.RootElement;
        Assert.Equal(["file", "reporter", "period", "status", "facts", "issues"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(("cgj", "2022-W13", "accepted"), (root.GetProperty("reporter").GetString(), root.GetProperty("period").GetString(), root.GetProperty("status").GetString()));
        var fact = root.GetProperty("facts").EnumerateArray().First(f => f.GetProperty("raw").GetString() == "2000余");
        Assert.Equal(["reporter", "orgUnit", "indicator", "period", "measure", "value", "qualifier", "unit", "raw", "cell"], fact.EnumerateObject().Select(p => p.Name));
        Assert.Equal(2000, fact.GetProperty("value").GetDouble());
        Assert.Equal("at_least", fact.GetProperty("qualifier").GetString());
        Assert.Equal("周报!E5", fact.GetProperty("cell").GetString());
    }

    [Fact]
    public async Task UnknownValueTextExitsOneWithATypeErrorAtItsCell()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory().FullName, "城管局2022年第13周周报.csv");
        await File.WriteAllTextAsync(file, "指标,本周,累计\n整修路灯,160,不详\n");

        var run = await ProcessRunner.IntakeAsync("parse", file, "--json");

        Assert.Equal(1, run.ExitCode);
        using var json = JsonDocument.Parse(run.StandardOutput);
        Assert.Equal("rejected", json.RootElement.GetProperty("status").GetString());
        var issue = Assert.Single(json.RootElement.GetProperty("issues").EnumerateArray());
        Assert.Equal(("error", "type-error", "C2"), (issue.GetProperty("severity").GetString(), issue.GetProperty("code").GetString(), issue.GetProperty("cell").GetString()));
        // The cell is named once, by "cell"; the message says what is wrong there.
        Assert.Contains("不详", issue.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("C2", issue.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheTextOutputNamesEachCellOnceAndSwitchesToEnglish()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory().FullName, "城管局2022年第13周周报.csv");
        await File.WriteAllTextAsync(file, "指标,本周,上周\n整修路灯,不详,150\n");

        var zh = await ProcessRunner.IntakeAsync("parse", file);
        var en = await ProcessRunner.IntakeAsync("parse", file, "--lang", "en");

        Assert.Equal((1, 1), (zh.ExitCode, en.ExitCode));
        Assert.Contains("填报单位：区城管局", zh.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("Reporter: District Urban Management Bureau", en.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("- [错误] B2：整修路灯的值“不详”不是有效数字", zh.StandardOutput, StringComparison.Ordinal);
        Assert.Single(zh.StandardOutput.Split("B2", StringSplitOptions.None).Skip(1));
        Assert.Contains("Result: not accepted", en.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("- [error] B2: streetlights_repaired: '不详' is not a number", en.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("- [warning] C1: the column '上周' holds numbers", en.StandardOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("结果", en.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EnglishMessagesAreGivenOnRequest()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory().FullName, "城管局2022年第13周周报.csv");
        await File.WriteAllTextAsync(file, "指标,本周\n整修路灯,不详\n");

        var run = await ProcessRunner.IntakeAsync("parse", file, "--json", "--lang", "en");

        using var json = JsonDocument.Parse(run.StandardOutput);
        Assert.Contains("is not a number", json.RootElement.GetProperty("issues")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("parse", "/no/such/file.xlsx")]
    [InlineData("parse", "samples/城管局2022年第13周周报.xlsx", "--period", "week13")]
    [InlineData("parse", "samples/城管局2022年第13周周报.xlsx", "--reporter", "nobody")]
    [InlineData("parse")]
    [InlineData("no-such-command")]
    public async Task UsageErrorsAndMissingFilesExitTwo(params string[] arguments)
    {
        var run = await ProcessRunner.IntakeAsync(arguments);

        Assert.Equal(2, run.ExitCode);
        Assert.NotEmpty(run.StandardError);
        Assert.DoesNotContain("   at ", run.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HelpListsEveryCommand()
    {
        var run = await ProcessRunner.IntakeAsync("--help");

        Assert.Equal(0, run.ExitCode);
        foreach (var command in new[] { "parse", "ingest", "rollup", "demo" })
        {
            Assert.Contains(command, run.StandardOutput, StringComparison.Ordinal);
        }
    }
}
