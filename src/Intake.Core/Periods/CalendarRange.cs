namespace Intake.Core.Periods;

/// <summary>Which single period, if any, a span of days written in a report covers exactly.</summary>
internal static class CalendarRange
{
    /// <summary>The date, or null when there is no such day (2月30日) or the year is outside 1..9999.</summary>
    public static DateOnly? DateOf(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

    /// <summary>
    /// The day, ISO week, month, quarter or year running exactly from <paramref name="first"/> to
    /// <paramref name="last"/>; null for any other span, which the caller reports rather than guesses at.
    /// </summary>
    public static Period? ToPeriod(DateOnly first, DateOnly last)
    {
        if (last < first)
        {
            return null;
        }

        if (last == first)
        {
            return Period.Day(first);
        }

        if (first.DayOfWeek == DayOfWeek.Monday && last.DayNumber - first.DayNumber == 6)
        {
            return Period.TryWeekContaining(first);
        }

        if (first.Day != 1 || last.Day != DateTime.DaysInMonth(last.Year, last.Month))
        {
            return null;
        }

        var months = (last.Year - first.Year) * 12 + last.Month - first.Month + 1;
        return months switch
        {
            1 => Period.TryMonth(first.Year, first.Month),
            3 when first.Month % 3 == 1 => Period.TryQuarter(first.Year, (first.Month + 2) / 3),
            12 when first.Month == 1 => Period.TryYear(first.Year),
            _ => null,
        };
    }

    /// <summary>The period made of whole months, as in 2022年1-3月 (a quarter); null for a span such as 1-2月.</summary>
    public static Period? OfMonths(int firstYear, int firstMonth, int lastYear, int lastMonth) =>
        DateOf(firstYear, firstMonth, 1) is { } first && DateOf(lastYear, lastMonth, 1) is not null
            ? ToPeriod(first, new DateOnly(lastYear, lastMonth, DateTime.DaysInMonth(lastYear, lastMonth)))
            : null;
}
