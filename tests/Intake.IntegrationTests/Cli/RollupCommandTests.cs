using Intake.IntegrationTests.Support;

namespace Intake.IntegrationTests.Cli;

public sealed class RollupCommandTests
{
    [Theory]
    [InlineData("rollup", "--week", "2022-W13", "--from", "2022-W01", "--to", "2022-W13")]
    [InlineData("rollup", "--from", "2022-W01")]
    [InlineData("rollup", "--from", "2022-W13", "--to", "2022-W01")]
    [InlineData("rollup", "--week", "2022-13")]
    [InlineData("export", "--week", "2022-W13", "--out", "汇总.pdf")]
    [InlineData("bulletin", "--week", "2022-W13", "--out", "周报.txt")]
    [InlineData("bulletin", "--week", "2022-W13")]
    [InlineData("rollup", "--period", "2022-W13")]
    [InlineData("rollup", "--period", "2022-Q1", "--week", "2022-W13")]
    [InlineData("export", "--period", "2022-Q5", "--out", "汇总.xlsx")]
    [InlineData("bulletin", "--week", "2022-W13", "--period", "2022-Q1", "--out", "简报.md")]
    public async Task ABadWeekOrOutputIsAUsageError(params string[] arguments)
    {
        var run = await ProcessRunner.IntakeAsync(arguments.Append("--storage").Append("UseDevelopmentStorage=true").ToArray());

        Assert.Equal(2, run.ExitCode);
        Assert.DoesNotContain("   at ", run.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HelpListsTheRollupExportAndBulletinCommands()
    {
        var run = await ProcessRunner.IntakeAsync("--help");

        Assert.Equal(0, run.ExitCode);
        Assert.All(["rollup", "export", "bulletin"], c => Assert.Contains(c, run.StandardOutput, StringComparison.Ordinal));
    }
}
