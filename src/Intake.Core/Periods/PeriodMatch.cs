namespace Intake.Core.Periods;

/// <summary>A period found in a text, and where: <see cref="Index"/> and <see cref="Length"/> count chars of the text as given.</summary>
public readonly record struct PeriodMatch(Period Period, PeriodSource Kind, int Index, int Length);
