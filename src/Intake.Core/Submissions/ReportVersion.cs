namespace Intake.Core.Submissions;

/// <summary>What the version decision needs to know of one recorded upload of a report.</summary>
/// <param name="SubmissionId">The id of the upload.</param>
/// <param name="ContentSha256">The hash of its content.</param>
/// <param name="ReceivedAt">When the upload reached the inbox.</param>
/// <param name="IsCurrent">True when its facts are the current ones of the report.</param>
public sealed record ReportVersion(string SubmissionId, string ContentSha256, DateTimeOffset ReceivedAt, bool IsCurrent);
