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
