using System.Collections;

namespace Intake.Core.Reports;

/// <summary>
/// The issues of one report as they are found: every one is counted, the first <see cref="MaxPerSeverity"/> errors
/// and warnings are kept. A history import whose every row repeats another holds a million errors, which would take
/// gigabytes to hold and nobody reads past the first screens; the counts still say how many there are.
/// </summary>
public sealed class IssueList(int maxPerSeverity) : IReadOnlyList<ReportIssue>
{
    private readonly List<ReportIssue> _kept = [];
    private int _keptErrors;

    public int MaxPerSeverity { get; } = maxPerSeverity > 0
        ? maxPerSeverity
        : throw new ArgumentOutOfRangeException(nameof(maxPerSeverity), maxPerSeverity, "At least one issue of each severity is kept.");

    /// <summary>The errors found, kept or not.</summary>
    public int ErrorCount { get; private set; }

    /// <summary>The warnings found, kept or not.</summary>
    public int WarningCount { get; private set; }

    public int OmittedErrors => ErrorCount - _keptErrors;

    public int OmittedWarnings => WarningCount - (_kept.Count - _keptErrors);

    public int Count => _kept.Count;

    public ReportIssue this[int index] => _kept[index];

    public void Add(ReportIssue issue)
    {
        ArgumentNullException.ThrowIfNull(issue);
        if (issue.Severity == Severity.Error)
        {
            if (ErrorCount++ < MaxPerSeverity)
            {
                _keptErrors++;
                _kept.Add(issue);
            }
        }
        else if (WarningCount++ < MaxPerSeverity)
        {
            _kept.Add(issue);
        }
    }

    public void AddRange(IEnumerable<ReportIssue> issues)
    {
        ArgumentNullException.ThrowIfNull(issues);
        foreach (var issue in issues)
        {
            Add(issue);
        }

        if (issues is IssueList other)
        {
            ErrorCount += other.OmittedErrors;
            WarningCount += other.OmittedWarnings;
        }
    }

    public IEnumerator<ReportIssue> GetEnumerator() => _kept.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
