using System.Diagnostics;
using System.Text;

namespace Intake.IntegrationTests.Support;

/// <summary>Runs a real program (the intake CLI, node) to completion and captures what it printed.</summary>
internal static class ProcessRunner
{
    public sealed record Result(int ExitCode, string StandardOutput, string StandardError);

    public static async Task<Result> RunAsync(
        string fileName, IEnumerable<string> arguments, string? workingDirectory = null, TimeSpan? timeout = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            WorkingDirectory = workingDirectory ?? RepositoryPaths.Root,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{fileName} did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout ?? TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(' ', arguments)} did not finish in time.");
        }

        return new Result(process.ExitCode, await stdout, await stderr);
    }

    /// <summary>Runs the intake CLI as built next to these tests.</summary>
    public static Task<Result> IntakeAsync(params string[] arguments) => IntakeAsync(null, arguments);

    /// <summary>Runs the intake CLI with some environment variables changed.</summary>
    public static Task<Result> IntakeAsync(IReadOnlyDictionary<string, string>? environment, params string[] arguments) =>
        RunAsync("dotnet", arguments.Prepend(IntakeDll), environment: environment);

    /// <summary>The intake CLI as built next to these tests.</summary>
    public static string IntakeDll =>
        Path.Combine(RepositoryPaths.Root, "src", "Intake.Cli", "bin", RepositoryPaths.Configuration, "net10.0", "intake.dll");

    /// <summary>Runs a script of tools/interop with node, installing its pinned packages first if needed.</summary>
    public static Task<Result> InteropAsync(params string[] arguments) => InteropAsync(null, arguments);

    /// <summary>Runs a script of tools/interop with node and some environment variables set.</summary>
    public static async Task<Result> InteropAsync(IReadOnlyDictionary<string, string>? environment, params string[] arguments)
    {
        var folder = Path.Combine(RepositoryPaths.Root, "tools", "interop");
        if (!Directory.Exists(Path.Combine(folder, "node_modules", "@azure", "data-tables")) || !Directory.Exists(Path.Combine(folder, "node_modules", "@azure", "identity")))
        {
            var install = await RunAsync("npm", ["ci", "--no-audit", "--no-fund"], folder, TimeSpan.FromMinutes(5));
            Assert.True(install.ExitCode == 0, "npm ci failed: " + install.StandardError);
        }

        return await RunAsync("node", arguments, folder, environment: environment);
    }
}
