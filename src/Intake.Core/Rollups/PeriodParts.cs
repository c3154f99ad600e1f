using Intake.Core.Periods;

namespace Intake.Core.Rollups;

/// <summary>
/// How periods nest for rollups beyond the week. A day counts in its own month; an ISO week counts in the month
/// (and so the quarter and year) holding its Thursday, as the ISO calendar does: 2022-W09 (28 February – 6 March)
/// counts in March, 2021-W52 (27 December – 2 January) in 2021. Months, quarters and years nest by their days.
/// </summary>
public static class PeriodParts
{
    /// <summary>Whether a fact of period <paramref name="part"/> counts in <paramref name="whole"/>.</summary>
    public static bool CountsIn(Period part, Period whole)
    {
        ArgumentNullException.ThrowIfNull(part);
        ArgumentNullException.ThrowIfNull(whole);
        return part.Kind switch
        {
            PeriodKind.Day => part.Start >= whole.Start && part.Start <= whole.End,
            PeriodKind.Week when whole.Kind == PeriodKind.Week => part == whole,
            PeriodKind.Week => Thursday(part) >= whole.Start && Thursday(part) <= whole.End,
            _ => part.Start >= whole.Start && part.End <= whole.End,
        };
    }

    /// <summary>The calendar year a period counts in: a week's is its Thursday's (its ISO year).</summary>
    public static int YearOf(Period period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return period.Kind == PeriodKind.Week ? Thursday(period).Year : period.Start.Year;
    }

    /// <summary>Whether the period begins its year, so that its year-to-date figure is its own amount (January, Q1, the year).</summary>
    public static bool StartsYear(Period period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return period.Kind is PeriodKind.Month or PeriodKind.Quarter or PeriodKind.Year && period.Start.DayOfYear == 1;
    }

    /// <summary>The period of the same kind just before, or null when it lies in another year (累计 starts again).</summary>
    public static Period? PreviousInYear(Period period)
    {
        ArgumentNullException.ThrowIfNull(period);
        var day = period.Start.AddDays(-1);
        var previous = period.Kind switch
        {
            PeriodKind.Week => Period.Week(day),
            PeriodKind.Month => Period.Month(day.Year, day.Month),
            PeriodKind.Quarter => Period.Quarter(day.Year, ((day.Month - 1) / 3) + 1),
            _ => null,
        };
        return previous is not null && YearOf(previous) == YearOf(period) ? previous : null;
    }

    /// <summary>The quarters of a year, the months of a quarter; nothing for other kinds.</summary>
    public static IReadOnlyList<Period> Children(Period period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return period.Kind switch
        {
            PeriodKind.Year => Enumerable.Range(1, 4).Select(q => Period.Quarter(period.Start.Year, q)).ToList(),
            PeriodKind.Quarter => Enumerable.Range(0, 3).Select(m => Period.Month(period.Start.Year, period.Start.Month + m)).ToList(),
            _ => [],
        };
    }

    /// <summary>The ISO weeks that count in a month, quarter or year (those whose Thursday it holds), in order.</summary>
    public static IReadOnlyList<Period> Weeks(Period period)
    {
        ArgumentNullException.ThrowIfNull(period);
        var weeks = new List<Period>();
        for (var week = Period.Week(period.Start); week.Start <= period.End; week = Period.Week(week.End.AddDays(1)))
        {
            if (CountsIn(week, period))
            {
                weeks.Add(week);
            }
        }

        return weeks;
    }

    /// <summary>The months, quarters and years a week's facts can change: those its days fall in, oldest first.</summary>
    public static IReadOnlyList<Period> Touched(Period week)
    {
        ArgumentNullException.ThrowIfNull(week);
        return new[] { week.Start, week.End }
            .SelectMany(d => new[] { Period.Month(d.Year, d.Month), Period.Quarter(d.Year, ((d.Month - 1) / 3) + 1), Period.Year(d.Year) })
            .Distinct()
            .OrderBy(p => p.Start)
            .ThenBy(p => p.End)
            .ToList();
    }

    private static DateOnly Thursday(Period week) => week.Start.AddDays(3);
}
