namespace Intake.Core.Periods;

/// <summary>
/// What the period grammar read at one place: where the expression ends, the period it names (null when it names
/// none, as week 54 or a ten-day range), whether it is a lone date a filing label could claim, and whether its year
/// was not written but taken from the caller's default (第13周).
/// </summary>
internal readonly record struct PeriodReading(int End, Period? Period, bool IsLoneDate = false, bool YearInferred = false);
