namespace Intake.Core.Metadata;

/// <summary>A line of text around a table (its row's cells joined), and where it stands.</summary>
public sealed record MetadataLine(string Cell, string Text, MetadataLineKind Kind);
