using Intake.IntegrationTests.Support;

namespace Intake.IntegrationTests.Infra;

/// <summary>
/// infra/hooks/postdeploy.sh (Linux, macOS) and its twin postdeploy.ps1 (Windows, run here with PowerShell 7 from the
/// local tool manifest) run as azd runs them, with a stand-in <c>az</c> on PATH that records its arguments and answers
/// as the real one would: signed in or not, the key not there yet, an error.
/// </summary>
public sealed class PostdeployHookTests : IDisposable
{
    // PowerShell comes from NuGet as the local tool of .config/dotnet-tools.json, restored once for the run.
    private static readonly Lazy<Task> PowerShell = new(async () =>
    {
        var restore = await ProcessRunner.RunAsync("dotnet", ["tool", "restore"], timeout: TimeSpan.FromMinutes(5));
        Assert.True(restore.ExitCode == 0, restore.StandardOutput + restore.StandardError);
    });

    private static readonly string Dotnet = FindOnPath("dotnet");

    private readonly DirectoryInfo _bin = Directory.CreateTempSubdirectory("fake-az");

    public static TheoryData<string> Shells => new(["sh", "pwsh"]);

    public void Dispose() => _bin.Delete(recursive: true);

    [Theory]
    [MemberData(nameof(Shells))]
    public async Task EveryAzCallNamesTheAzdSubscriptionAndTheSubscriptionIsDeployedOnceTheKeyExists(string shell)
    {
        FakeAz("""
            case "$*" in
              "account show"*) echo sub-from-azd ;;
              "group show"*) echo rg-intake ;;
              "functionapp keys list"*) if [ -f "$FAKE_AZ_DIR/asked" ]; then echo the-key; else touch "$FAKE_AZ_DIR/asked"; fi ;;
              "deployment group create"*) ;;
              *) echo "unexpected: $*" >&2; exit 9 ;;
            esac
            """);

        var run = await RunHookAsync(shell, Environment());

        Assert.True(run.ExitCode == 0, run.StandardError);
        var calls = File.ReadAllLines(Path.Combine(_bin.FullName, "calls"));
        Assert.All(calls, call => Assert.Contains("--subscription sub-from-azd", call, StringComparison.Ordinal));
        Assert.Equal(2, calls.Count(c => c.StartsWith("functionapp keys list", StringComparison.Ordinal)));
        var deployment = Assert.Single(calls, c => c.StartsWith("deployment group create", StringComparison.Ordinal));
        Assert.Contains("inbox-subscription.bicep", deployment, StringComparison.Ordinal);
        Assert.Contains("deadLetterContainerName=reports-deadletter", deployment, StringComparison.Ordinal);
        Assert.Contains("The web page is closed", run.StandardOutput, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Shells))]
    public async Task ASignedOutAzStopsTheHookAtOnceWithAzsOwnWordsAndWhatToDo(string shell)
    {
        FakeAz("""
            echo "ERROR: Please run 'az login' to setup account." >&2
            exit 1
            """);

        var run = await RunHookAsync(shell, Environment());

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("Please run 'az login'", run.StandardError, StringComparison.Ordinal);
        Assert.Contains("sub-from-azd", run.StandardError, StringComparison.Ordinal);
        Assert.Single(File.ReadAllLines(Path.Combine(_bin.FullName, "calls")));
    }

    [Theory]
    [MemberData(nameof(Shells))]
    public async Task AnAzErrorWhileWaitingForTheKeyIsShownAndTheHookEndsWithIt(string shell)
    {
        FakeAz("""
            case "$*" in
              "functionapp keys list"*) echo "ERROR: (ResourceNotFound) The Resource 'Microsoft.Web/sites/func-intake-x' was not found." >&2; exit 3 ;;
              *) echo ok ;;
            esac
            """);

        var run = await RunHookAsync(shell, Environment());

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("(ResourceNotFound)", run.StandardError, StringComparison.Ordinal);
        Assert.Contains("attempt 2 of 2", run.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("deployment group create", File.ReadAllText(Path.Combine(_bin.FullName, "calls")), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Shells))]
    public async Task WithoutAzTheHookSaysSoAndStops(string shell)
    {
        var run = await RunHookAsync(shell, Environment());

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("Azure CLI (az) is not installed", run.StandardError, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Shells))]
    public async Task OutsideAzdTheHookNamesTheMissingSetting(string shell)
    {
        FakeAz("echo ok");
        var environment = Environment();
        environment["AZURE_SUBSCRIPTION_ID"] = string.Empty;

        var run = await RunHookAsync(shell, environment);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("AZURE_SUBSCRIPTION_ID is not set", run.StandardError, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_bin.FullName, "calls")));
    }

    private Dictionary<string, string> Environment() => new()
    {
        ["PATH"] = $"{_bin.FullName}:/usr/bin:/bin",
        ["FAKE_AZ_DIR"] = _bin.FullName,
        ["AZURE_SUBSCRIPTION_ID"] = "sub-from-azd",
        ["AZURE_RESOURCE_GROUP"] = "rg-intake",
        ["AZURE_FUNCTION_APP_NAME"] = "func-intake-x",
        // Refused at once on loopback: the hook's wake-up request never leaves the machine.
        ["AZURE_FUNCTION_APP_HOST"] = "127.0.0.1:9",
        ["AZURE_EVENT_GRID_TOPIC_NAME"] = "evgt-intake-x",
        ["AZURE_STORAGE_ACCOUNT_NAME"] = "stintakex",
        ["AZURE_DEAD_LETTER_CONTAINER"] = "reports-deadletter",
        ["INTAKE_WEB_SIGN_IN"] = "off",
        ["INTAKE_KEY_ATTEMPTS"] = "2",
        ["INTAKE_KEY_WAIT_SECONDS"] = "0",
    };

    // The stand-in records each call's arguments, one line a call, then runs the given body.
    private void FakeAz(string body)
    {
        var az = Path.Combine(_bin.FullName, "az");
        File.WriteAllText(az, "#!/bin/sh\necho \"$*\" >> \"$FAKE_AZ_DIR/calls\"\n" + body.Replace("\r", string.Empty, StringComparison.Ordinal) + "\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(az, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    private static async Task<ProcessRunner.Result> RunHookAsync(string shell, Dictionary<string, string> environment)
    {
        var hooks = Path.Combine(RepositoryPaths.Root, "infra", "hooks");
        if (shell == "sh")
        {
            return await ProcessRunner.RunAsync("/bin/sh", [Path.Combine(hooks, "postdeploy.sh")], environment: environment, timeout: TimeSpan.FromMinutes(1));
        }

        await PowerShell.Value;
        return await ProcessRunner.RunAsync(Dotnet, ["tool", "run", "pwsh", "-NoProfile", "-NonInteractive", "-File", Path.Combine(hooks, "postdeploy.ps1")],
            environment: environment, timeout: TimeSpan.FromMinutes(2));
    }

    private static string FindOnPath(string program) =>
        (System.Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
            .Select(dir => Path.Combine(dir, program))
            .FirstOrDefault(File.Exists) ?? program;
}
