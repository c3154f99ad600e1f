namespace Intake.Core.Periods;

/// <summary>A period found in a text, and where.</summary>
/// <param name="Period">The period the expression names (for a filing date, the ISO week containing it).</param>
/// <param name="Kind">Whether the text names the period or gives the date it was filed.</param>
/// <param name="Index">Where the expression starts, in chars of the text as given (before normalization).</param>
/// <param name="Length">How many chars of the text as given the expression spans.</param>
/// <param name="YearInferred">True when the text wrote no year (第13周) and the default year completed it.</param>
public readonly record struct PeriodMatch(Period Period, PeriodSource Kind, int Index, int Length, bool YearInferred = false);
