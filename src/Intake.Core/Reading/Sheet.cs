namespace Intake.Core.Reading;

/// <summary>
/// A visible sheet whose rows are read as they are enumerated (once, in order); merged ranges
/// are already filled with their top-left value. <see cref="Name"/> is null for a CSV.
/// </summary>
public sealed record Sheet(string? Name, IEnumerable<SheetRow> Rows);
