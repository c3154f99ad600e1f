using Intake.Core.Catalog;
using Intake.Core.Periods;

namespace Intake.Core.Reports;

/// <summary>
/// What reading and validating one file gave: facts when accepted, and the issues found — all of them, or the first
/// of each severity (<see cref="IssueList"/>), with <see cref="OmittedErrors"/> and <see cref="OmittedWarnings"/>
/// counting the rest.
/// </summary>
public sealed record ParseResult(
    string File,
    OrgUnitCode? Reporter,
    Period? Period,
    IReadOnlyList<Fact> Facts,
    IReadOnlyList<ReportIssue> Issues,
    int OmittedErrors = 0,
    int OmittedWarnings = 0)
{
    public ReportStatus Status =>
        ErrorCount > 0 ? ReportStatus.Rejected
        : WarningCount > 0 ? ReportStatus.AcceptedWithWarnings
        : ReportStatus.Accepted;

    public int ErrorCount => Issues.Count(i => i.Severity == Severity.Error) + OmittedErrors;

    public int WarningCount => Issues.Count(i => i.Severity == Severity.Warning) + OmittedWarnings;
}
