namespace Intake.Core.Metadata;

/// <summary>
/// What is known of an upload besides its content: its file name, its blob path, and the
/// reporter and period given explicitly (CLI options or blob metadata).
/// </summary>
public sealed record ReportHints(string FileName, string? Reporter = null, string? Period = null, string? BlobPath = null);
