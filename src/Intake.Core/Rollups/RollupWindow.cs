using Intake.Core.Periods;

namespace Intake.Core.Rollups;

/// <summary>
/// The periods one week's rollup reads, and the weeks a period's facts feed. A week reads its own facts and those
/// of its days, plus every period ending in the lookback weeks before it, where a <c>last</c> indicator may find
/// its latest value; months, quarters and years are read only where they end in that window.
/// </summary>
public static class RollupWindow
{
    /// <summary>The first day a <c>last</c> value of <paramref name="week"/> may end on (never before the calendar's first day).</summary>
    public static DateOnly LookbackStart(Period week, int lookbackWeeks)
    {
        ArgumentNullException.ThrowIfNull(week);
        ArgumentOutOfRangeException.ThrowIfNegative(lookbackWeeks);
        return DateOnly.FromDayNumber(Math.Max(0, week.Start.DayNumber - (7 * lookbackWeeks)));
    }

    /// <summary>The codes of every period whose facts the rollup of <paramref name="week"/> needs, oldest first.</summary>
    public static IReadOnlyList<string> Periods(Period week, int lookbackWeeks)
    {
        var start = LookbackStart(week, lookbackWeeks);
        var periods = new List<Period>();
        for (var day = start; day <= week.End; day = day.AddDays(1))
        {
            periods.Add(Period.Day(day));
            periods.Add(Period.Week(day));
            periods.Add(Period.Month(day.Year, day.Month));
            periods.Add(Period.Quarter(day.Year, ((day.Month - 1) / 3) + 1));
            periods.Add(Period.Year(day.Year));
        }

        return periods
            .Where(p => p.End >= start && p.End <= week.End)
            .Distinct()
            .OrderBy(p => p.End)
            .ThenByDescending(p => p.Start)
            .Select(p => p.Code)
            .ToList();
    }

    /// <summary>
    /// The weeks whose rollup a fact of <paramref name="period"/> can change: the week it ends in and the
    /// <paramref name="lookbackWeeks"/> weeks after it.
    /// </summary>
    public static IReadOnlyList<Period> WeeksFedBy(Period period, int lookbackWeeks)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentOutOfRangeException.ThrowIfNegative(lookbackWeeks);
        return Enumerable.Range(0, lookbackWeeks + 1)
            .TakeWhile(k => period.End.DayNumber + (7L * k) <= DateOnly.MaxValue.DayNumber)
            .Select(k => Period.TryWeekContaining(period.End.AddDays(7 * k)))
            .OfType<Period>()
            .ToList();
    }

    /// <summary>
    /// The weeks a late or corrected report must have rebuilt: every week, ended by <paramref name="lastEnded"/>, that
    /// the facts of <paramref name="periods"/> (its own and the ones it replaces) feed. The timer builds a week once,
    /// after it ends; a week not yet ended is built on time anyway. Codes that are not periods feed nothing.
    /// </summary>
    public static IReadOnlyList<Period> EndedWeeksFedBy(IEnumerable<string> periods, Period lastEnded, int lookbackWeeks)
    {
        ArgumentNullException.ThrowIfNull(periods);
        ArgumentNullException.ThrowIfNull(lastEnded);
        return periods.Distinct(StringComparer.Ordinal)
            .Select(code => Period.TryParse(code, out var period) ? period : null)
            .OfType<Period>()
            .SelectMany(p => WeeksFedBy(p, lookbackWeeks))
            .Where(w => w.End <= lastEnded.End)
            .DistinctBy(w => w.Code)
            .OrderBy(w => w.Start)
            .ToList();
    }
}
