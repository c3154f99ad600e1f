namespace Intake.Core.Periods;

/// <summary>The second date of a range as written: 2022年3月27日, 3月27日, or just 27日.</summary>
internal readonly record struct RangeEnd(int? Year, int? Month, int Day)
{
    /// <summary>
    /// The date this end stands for: parts left out come from <paramref name="start"/>, and roll over to the next
    /// month or year when the end would otherwise come first (2021年12月27日-1月2日, 3月28日至3日).
    /// </summary>
    public DateOnly? After(DateOnly start)
    {
        var written = CalendarRange.DateOf(Year ?? start.Year, Month ?? start.Month, Day);
        if (written is not { } end || end >= start || Year is not null)
        {
            return written;
        }

        return Month is { } month
            ? CalendarRange.DateOf(start.Year + 1, month, Day)
            : CalendarRange.DateOf(start.Month == 12 ? start.Year + 1 : start.Year, start.Month % 12 + 1, Day);
    }
}
