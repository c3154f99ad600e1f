namespace Intake.Cli.Commands;

/// <summary>
/// A progress bar on stderr for long runs: redrawn in place on a terminal, one line per step when redirected
/// (so logs and CI output stay readable).
/// </summary>
internal sealed class ProgressBar(TextWriter output, int total)
{
    private const int Width = 30;
    private readonly bool _inPlace = !Console.IsErrorRedirected;

    public void Report(int done, string label)
    {
        var filled = total == 0 ? Width : done * Width / total;
        var line = $"[{new string('#', filled)}{new string('.', Width - filled)}] {done}/{total} {label}";
        if (_inPlace)
        {
            output.Write('\r' + line.PadRight(80));
        }
        else
        {
            output.WriteLine(line);
        }
    }

    public void Finish()
    {
        if (_inPlace)
        {
            output.WriteLine();
        }
    }
}
