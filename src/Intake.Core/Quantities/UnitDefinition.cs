namespace Intake.Core.Quantities;

/// <summary>
/// A unit word and how many <see cref="BaseUnit"/> it holds. Units sharing a base unit are one dimension and
/// convert into each other; every counting word (次, 盏, 处, …) is its own base. <see cref="IsCountingWord"/> marks
/// the words that count things rather than measure them: one written for another (次 for 处) counts the same things
/// in other words, while a measure (米, 元) written for a count, or for another measure, is a different quantity.
/// </summary>
internal sealed record UnitDefinition(string Word, string BaseUnit, decimal Factor, bool IsCountingWord = false);
