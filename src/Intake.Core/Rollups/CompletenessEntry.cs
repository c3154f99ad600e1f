using Intake.Core.Catalog;

namespace Intake.Core.Rollups;

/// <summary>
/// Whether a reporter reported for a week: <see cref="SubmittedAt"/> and <see cref="SubmissionId"/> are those of its
/// first accepted report covering the week, null when none came.
/// </summary>
public sealed record CompletenessEntry(
    string Week,
    OrgUnitCode Reporter,
    bool Expected,
    bool Received,
    bool OnTime,
    DateTimeOffset? SubmittedAt,
    string? SubmissionId)
{
    public ReportingStatus Status =>
        Received ? (OnTime ? ReportingStatus.OnTime : ReportingStatus.Late)
        : Expected ? ReportingStatus.Missing
        : ReportingStatus.NotExpected;
}
