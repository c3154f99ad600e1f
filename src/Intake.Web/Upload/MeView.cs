namespace Intake.Web.Upload;

/// <summary>Who the page thinks the visitor is and what they may do.</summary>
public sealed record MeView(
    string Access,
    string? Name,
    string? Reporter,
    bool District,
    IReadOnlyList<UnitView> Reporters,
    long MaxUploadBytes);
