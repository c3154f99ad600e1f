namespace Intake.Local.Azurite;

/// <summary>
/// The first and the last lines a child process printed, so that a failure can quote them without
/// holding a long-running emulator's whole access log in memory. The first lines matter too: npm
/// states the error code first and may follow it with a page of usage text.
/// </summary>
internal sealed class OutputExcerpt(int headLines, int tailLines)
{
    private readonly List<string> _head = new(headLines);
    private readonly Queue<string> _tail = new();
    private readonly Lock _gate = new();
    private int _skipped;

    // Output events arrive on thread-pool threads, for stdout and stderr at once.
    public void Add(string line)
    {
        lock (_gate)
        {
            if (_head.Count < headLines)
            {
                _head.Add(line);
                return;
            }

            _tail.Enqueue(line);
            if (_tail.Count > tailLines)
            {
                _tail.Dequeue();
                _skipped++;
            }
        }
    }

    public bool Contains(string text)
    {
        lock (_gate)
        {
            return _head.Concat(_tail).Any(line => line.Contains(text, StringComparison.Ordinal));
        }
    }

    public override string ToString()
    {
        lock (_gate)
        {
            IEnumerable<string> lines = _skipped == 0
                ? _head.Concat(_tail)
                : [.. _head, $"... ({_skipped} lines left out) ...", .. _tail];
            return string.Join(Environment.NewLine, lines);
        }
    }
}
