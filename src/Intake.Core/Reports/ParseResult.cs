namespace Intake.Core.Reports;

/// <summary>What reading and validating one file gave: facts when accepted, and every issue found.</summary>
public sealed record ParseResult(
    string File,
    string? Reporter,
    string? Period,
    IReadOnlyList<Fact> Facts,
    IReadOnlyList<ReportIssue> Issues)
{
    public ReportStatus Status =>
        Issues.Any(i => i.Severity == Severity.Error) ? ReportStatus.Rejected
        : Issues.Count > 0 ? ReportStatus.AcceptedWithWarnings
        : ReportStatus.Accepted;

    public int ErrorCount => Issues.Count(i => i.Severity == Severity.Error);

    public int WarningCount => Issues.Count(i => i.Severity == Severity.Warning);
}
