namespace Intake.Core.Metadata;

/// <summary>
/// A line of text around a table (its row's cells joined), and where it stands. <see cref="Subject"/> is the org unit
/// the sheet is named after: a title on it that names that unit names whom the page is about, not who reported it.
/// </summary>
public sealed record MetadataLine(string Cell, string Text, MetadataLineKind Kind, string? Subject = null);
