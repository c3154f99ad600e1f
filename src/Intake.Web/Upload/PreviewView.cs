namespace Intake.Web.Upload;

/// <summary>The verdict of the same parse the blob trigger will run, as the upload view shows it.</summary>
public sealed record PreviewView(
    string File,
    string? Reporter,
    string? ReporterName,
    string? Period,
    string Status,
    IReadOnlyList<FactView> Facts,
    IReadOnlyList<IssueView> Issues);
