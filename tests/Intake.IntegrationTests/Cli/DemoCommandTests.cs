using System.Net.Sockets;
using Intake.IntegrationTests.Support;

namespace Intake.IntegrationTests.Cli;

public sealed class DemoCommandTests
{
    [SkippableFact]
    public async Task WithoutNodeTheDemoSaysWhatToInstallInsteadOfFailing()
    {
        // An Azurite a developer left running on the standard ports needs no Node.js: nothing to check then.
        Skip.If(Listening(10000), "something listens on 127.0.0.1:10000, so the demo would not start Azurite");
        var empty = Directory.CreateTempSubdirectory("no-node").FullName;

        var run = await ProcessRunner.IntakeAsync(
            new Dictionary<string, string> { ["PATH"] = empty, ["INTAKE_AZURITE_DIR"] = Path.Combine(RepositoryPaths.Root, "tools", "azurite") },
            "demo");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Node.js", run.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DemoIngestsTheSamplesAndPrintsWhatWasStored()
    {
        var run = await ProcessRunner.IntakeAsync("demo", "--free-ports");

        Assert.True(run.ExitCode == 0, run.StandardError);
        var samples = Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "samples")).Length;
        // Each sample's outcome line, in Chinese by default, names its reporter.
        Assert.Equal(samples, run.StandardOutput.Split('\n').Count(l => l.TrimStart().StartsWith("已接收　", StringComparison.Ordinal)));
        Assert.Contains("已接收　区城管局　2022-W13", run.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("== 区城管局 (cgj) ==", run.StandardOutput, StringComparison.Ordinal);
        Assert.Matches(@"streetlights_repaired\s+cumulative\s+2000 at_least\s+盏\s+2000余", run.StandardOutput);
        var rollup = run.StandardOutput[run.StandardOutput.IndexOf("== 上街区 2022年第13周", StringComparison.Ordinal)..];
        Assert.Matches(@"整修路灯\s+160盏\s+2000余盏\s+牵头部门数\s+1", rollup);
        Assert.Matches(@"城镇登记失业率\s+2%以内", rollup);
        Assert.Matches(@"区城管局\s+(按时|迟报)\s+\d{4}-", rollup);
        Assert.Matches(@"济源路街道\s+未报", rollup);
        Assert.Matches(@"工业路街道\s+城镇新增就业\s+数据冲突\s+\d+\s+\d+", rollup);
    }

    [Fact]
    public async Task InEnglishTheDemoWritesTheWeekAndItsReconciliationInEnglish()
    {
        var run = await ProcessRunner.IntakeAsync("demo", "--free-ports", "--lang", "en");

        Assert.True(run.ExitCode == 0, run.StandardError);
        var rollup = run.StandardOutput[run.StandardOutput.IndexOf("== 上街区 2022年第13周", StringComparison.Ordinal)..];
        Assert.Matches(@"streetlights_repaired\s+160 盏\s+over 2000 盏", rollup);
        Assert.Matches(@"Jiyuanlu Subdistrict\s+missing", rollup);
        // The reconciliation sentence is written from the row's data in the reader's language, not read from the row.
        var conflict = rollup.Split('\n').Single(l => l.TrimStart().StartsWith("Gongyelu Subdistrict ", StringComparison.Ordinal) && l.Contains("reported", StringComparison.Ordinal));
        Assert.Matches(@"Gongyelu Subdistrict, new_urban_jobs \(this period, 2022-W13\): .+ reported \d+ 人 \(.+\), .+ reported \d+ 人 \(.+\); the rollup uses .+'s figure\.", conflict);
        Assert.DoesNotContain("汇总采用", rollup, StringComparison.Ordinal);
    }

    private static bool Listening(int port)
    {
        using var client = new TcpClient();
        try
        {
            client.Connect("127.0.0.1", port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
