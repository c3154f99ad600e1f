namespace Intake.Core.Submissions;

/// <summary>
/// The decision for one upload of a report (reporter, period, form) that passed validation: whether its
/// facts become current or it is a duplicate or superseded upload. Its own earlier record (a retry) and
/// versions that are not current take no part.
/// </summary>
/// <param name="Verdict">What becomes of the upload.</param>
/// <param name="Kept">The current version that stays, for a duplicate or superseded upload; null when accepted.</param>
/// <param name="Replaced">The current versions the upload replaces when accepted; empty otherwise.</param>
public sealed record VersionDecision(VersionVerdict Verdict, ReportVersion? Kept, IReadOnlyList<ReportVersion> Replaced)
{
    /// <summary>Decides for <paramref name="upload"/> among the recorded <paramref name="versions"/> of its report.</summary>
    public static VersionDecision For(ReportVersion upload, IEnumerable<ReportVersion> versions)
    {
        ArgumentNullException.ThrowIfNull(upload);
        ArgumentNullException.ThrowIfNull(versions);
        var current = versions.Where(v => v.IsCurrent && v.SubmissionId != upload.SubmissionId).ToList();
        var same = current.FirstOrDefault(v => v.ContentSha256 == upload.ContentSha256);
        if (same is not null)
        {
            return new VersionDecision(VersionVerdict.Duplicate, same, []);
        }

        var newer = current.FirstOrDefault(v => v.ReceivedAt > upload.ReceivedAt);
        return newer is not null
            ? new VersionDecision(VersionVerdict.Superseded, newer, [])
            : new VersionDecision(VersionVerdict.Accept, null, current);
    }
}
