namespace Intake.Core.Periods;

/// <summary>
/// What the period grammar read at one place: where the expression ends, the period it names (null when it names
/// none, as week 54 or a ten-day range), and whether it is a lone date a filing label could claim.
/// </summary>
internal readonly record struct PeriodReading(int End, Period? Period, bool IsLoneDate = false);
