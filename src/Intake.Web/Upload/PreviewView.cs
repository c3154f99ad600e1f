namespace Intake.Web.Upload;

/// <summary>
/// The verdict of the same parse the blob trigger will run, as the upload view shows it: the counts, and one page
/// of the figures and one page of the issues (<c>page</c> and <c>issuePage</c> of the request ask for others), so
/// that a history import of a million rows answers in kilobytes.
/// </summary>
public sealed record PreviewView(
    string File,
    string? Reporter,
    string? ReporterName,
    string? Period,
    string Status,
    int ErrorCount,
    int WarningCount,
    int FactCount,
    int IssueCount,
    int PageSize,
    int Page,
    int IssuePage,
    IReadOnlyList<FactView> Facts,
    IReadOnlyList<IssueView> Issues);
