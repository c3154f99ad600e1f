namespace Intake.Core.Workbooks;

/// <summary>A value with a style: a bold header, a percent-formatted number (0.05 shown as 5%), a date.</summary>
public sealed record StyledCell(object? Value, CellStyle Style);
