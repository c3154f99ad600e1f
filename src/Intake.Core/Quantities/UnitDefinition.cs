namespace Intake.Core.Quantities;

/// <summary>
/// A unit word and how many <see cref="BaseUnit"/> it holds. Units sharing a base unit are one
/// dimension and convert into each other; every count word (次, 盏, …) is its own base.
/// </summary>
internal sealed record UnitDefinition(string Word, string BaseUnit, decimal Factor);
