using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace Intake.Local.Azurite;

/// <summary>Runs a short-lived command (node, npm) to completion, bounded in time.</summary>
internal static class CommandRunner
{
    private const int HeadLines = 10;

    private const int TailLines = 30;

    public static async Task<CommandResult> RunAsync(
        string fileName,
        IReadOnlyList<string> arguments,
        string? workingDirectory,
        TimeSpan timeout,
        ILogger logger,
        CancellationToken cancellationToken = default)
    {
        var startInfo = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            CreateNoWindow = true,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        if (workingDirectory is not null)
        {
            startInfo.WorkingDirectory = workingDirectory;
        }

        var command = Path.GetFileNameWithoutExtension(fileName);
        var output = new OutputExcerpt(HeadLines, TailLines);
        var errors = new OutputExcerpt(HeadLines, TailLines);
        using var process = new Process { StartInfo = startInfo };
        process.OutputDataReceived += (_, e) => Record(output, e.Data);
        process.ErrorDataReceived += (_, e) => Record(errors, e.Data);

        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // A half-finished npm ci must not keep writing into node_modules behind the next attempt.
            ProcessTree.Kill(process);
            await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
            return new CommandResult(process.ExitCode, TimedOut: true, output.ToString(), errors.ToString());
        }

        return new CommandResult(process.ExitCode, TimedOut: false, output.ToString(), errors.ToString());

        void Record(OutputExcerpt excerpt, string? line)
        {
            if (line is null)
            {
                return;
            }

            excerpt.Add(line);
            logger.LogDebug("{Command}: {Line}", command, line);
        }
    }
}
