using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace Intake.IntegrationTests.Support;

/// <summary>
/// A running <c>intake serve</c>, started as a real process on a free HTTP port, stopped with SIGINT as Ctrl+C would —
/// or with SIGTERM, as a service manager would, when this process ignores SIGINT: a shell that starts
/// <c>dotnet test</c> in the background ignores it for its children, and serve inherits that.
/// </summary>
internal sealed partial class ServeProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _lines = new();
    private readonly TaskCompletionSource<Uri> _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ServeProcess(Process process)
    {
        _process = process;
    }

    /// <summary>The HTTP address serve printed when it was ready.</summary>
    public Uri Address { get; private set; } = null!;

    /// <summary>The id of serve's process, to read its memory and CPU time from /proc.</summary>
    public int ProcessId => _process.Id;

    /// <summary>Everything serve printed so far, stdout and stderr interleaved.</summary>
    public string Output => string.Join('\n', _lines);

    public static async Task<ServeProcess> StartAsync(string storage, TimeSpan readyTimeout, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            WorkingDirectory = RepositoryPaths.Root,
        };
        foreach (var argument in new[] { ProcessRunner.IntakeDll, "serve", "--storage", storage, "--port", "0" })
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        var serve = new ServeProcess(Process.Start(start) ?? throw new InvalidOperationException("intake serve did not start."));
        serve._process.OutputDataReceived += (_, e) => serve.Receive(e.Data);
        serve._process.ErrorDataReceived += (_, e) => serve.Receive(e.Data);
        serve._process.BeginOutputReadLine();
        serve._process.BeginErrorReadLine();
        try
        {
            serve.Address = await serve._ready.Task.WaitAsync(readyTimeout);
        }
        catch (TimeoutException)
        {
            await serve.DisposeAsync();
            throw new TimeoutException("intake serve was not ready in time:\n" + serve.Output);
        }

        return serve;
    }

    /// <summary>Sends SIGINT (Ctrl+C), or SIGTERM where SIGINT is ignored, and waits for the exit code.</summary>
    public async Task<int> InterruptAsync(TimeSpan timeout)
    {
        var signal = SignalDispositions.InterruptIgnored() ? "-TERM" : "-INT";
        using (var kill = Process.Start("kill", [signal, _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        await _process.WaitForExitAsync().WaitAsync(timeout);
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private void Receive(string? line)
    {
        if (line is null)
        {
            return;
        }

        _lines.Enqueue(line);
        if (ReadyLine().Match(line) is { Success: true } ready)
        {
            _ready.TrySetResult(new Uri(ready.Groups["address"].Value));
        }
    }

    [GeneratedRegex(@"ready: (?<address>http://127\.0\.0\.1:\d+)")]
    private static partial Regex ReadyLine();
}
