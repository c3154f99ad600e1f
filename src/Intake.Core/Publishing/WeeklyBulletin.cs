namespace Intake.Core.Publishing;

/// <summary>A draft of the district's weekly work bulletin: a title, the week, and its paragraphs in order.</summary>
public sealed record WeeklyBulletin(string Title, string Subtitle, IReadOnlyList<string> Paragraphs);
