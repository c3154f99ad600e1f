namespace Intake.Core.Periods;

internal sealed partial class PeriodGrammar
{
    /// <summary>Reads a date with its year: 2022年3月28日 (日 or 号 optional), 2022-03-28, 2022/3/28, 2022.3.28.</summary>
    public static bool TryReadFullDate(TextCursor c, out int year, out int month, out int day)
    {
        month = 0;
        day = 0;
        var start = c.Position;
        if (c.TryDigits(4, 4, out year) && IsPlausibleYear(year))
        {
            if (c.Current is '-' or '/' or '.')
            {
                var separator = c.Current;
                c.Position++;
                if (c.TryDigits(1, 2, out month) && c.TryChar(separator) && c.TryDigits(1, 2, out day))
                {
                    return true;
                }
            }
            else if (c.TryCharAfterSpaces('年'))
            {
                c.SkipSpaces();
                if (c.TryNumber(out month) && c.TryCharAfterSpaces('月'))
                {
                    c.SkipSpaces();
                    if (c.TryNumber(out day))
                    {
                        c.TryDayMark();
                        return true;
                    }
                }
            }
        }

        c.Position = start;
        return false;
    }

    // After 3月: a day (28日, a range from it), a week of the month, a span of months, or the month itself.
    private static PeriodReading? ReadAfterMonth(TextCursor c, int year, int month, bool monthAloneCounts)
    {
        var monthEnd = c.Position;
        c.SkipSpaces();
        if (c.TryNumber(out var day))
        {
            // 3月4周 counts weeks of the month, which no ISO week matches.
            if (c.TryCharAfterSpaces('周'))
            {
                return new PeriodReading(c.Position, null);
            }

            var marked = c.TryDayMark();
            if (ReadDateOnwards(c, year, month, day, marked, numericSeparator: null) is { } date)
            {
                return date;
            }
        }

        c.Position = monthEnd;
        if (c.TryCharAfterSpaces('第'))
        {
            c.SkipSpaces();
            if (c.TryNumber(out _) && c.TryCharAfterSpaces('周'))
            {
                return new PeriodReading(c.Position, null);
            }
        }

        c.Position = monthEnd;
        if (ReadMonthSpanEnd(c, year, month) is { } span)
        {
            return span;
        }

        return monthAloneCounts ? new PeriodReading(monthEnd, Period.TryMonth(year, month)) : null;
    }

    // A date just read, alone or as the start of a range. Without 日 it needs a range or a clear end after it, since
    // in 2022年3月5个 the 5 counts something else.
    private static PeriodReading? ReadDateOnwards(TextCursor c, int year, int month, int day, bool marked, char? numericSeparator)
    {
        var dateEnd = c.Position;
        var start = CalendarRange.DateOf(year, month, day);
        if (ReadRangeEnd(c, numericSeparator) is { } end)
        {
            var period = start is { } first && end.After(first) is { } last ? CalendarRange.ToPeriod(first, last) : null;
            return new PeriodReading(c.Position, period);
        }

        if (!marked && !EndsWord(c))
        {
            return null;
        }

        return new PeriodReading(dateEnd, start is { } date ? Period.Day(date) : null, IsLoneDate: start is not null);
    }

    private static bool EndsWord(TextCursor c) =>
        c.AtEnd || char.IsWhiteSpace(c.Current) || char.IsPunctuation(c.Current) || char.IsSymbol(c.Current);

    private static RangeEnd? ReadRangeEnd(TextCursor c, char? numericSeparator)
    {
        var start = c.Position;
        c.SkipSpaces();
        if (c.TryRangeSeparator())
        {
            c.SkipSpaces();
            if (ReadEndDate(c, numericSeparator) is { } end)
            {
                return end;
            }
        }

        c.Position = start;
        return null;
    }

    // 2022年3月27日, 2022.3.27, 3月27日, 27日, or 3.27 after 2022.3.21 (3-27 after 2022-3-21).
    private static RangeEnd? ReadEndDate(TextCursor c, char? numericSeparator)
    {
        if (TryReadFullDate(c, out var year, out var month, out var day))
        {
            return new RangeEnd(year, month, day);
        }

        var start = c.Position;
        if (!c.TryNumber(out var first))
        {
            return null;
        }

        var firstEnd = c.Position;
        if (c.TryCharAfterSpaces('月'))
        {
            c.SkipSpaces();
            if (c.TryNumber(out var dayOfMonth))
            {
                c.TryDayMark();
                return new RangeEnd(null, first, dayOfMonth);
            }
        }
        else if (c.TryDayMark())
        {
            return new RangeEnd(null, null, first);
        }

        // A bare day is left out: it would misread a file version (2022-03-28-1.xlsx) as a range.
        c.Position = firstEnd;
        if (numericSeparator is { } separator && c.TryChar(separator) && c.TryDigits(1, 2, out var numericDay))
        {
            return new RangeEnd(null, first, numericDay);
        }

        c.Position = start;
        return null;
    }

    // The end of 2022年1月-3月 or 2022年11月至2023年1月.
    private static PeriodReading? ReadMonthSpanEnd(TextCursor c, int year, int month)
    {
        c.SkipSpaces();
        if (!c.TryRangeSeparator())
        {
            return null;
        }

        c.SkipSpaces();
        var yearStart = c.Position;
        if (!c.TryDigits(4, 4, out var lastYear) || !IsPlausibleYear(lastYear) || !c.TryCharAfterSpaces('年'))
        {
            c.Position = yearStart;
            lastYear = year;
        }

        c.SkipSpaces();
        if (!c.TryNumber(out var lastMonth) || !c.TryCharAfterSpaces('月'))
        {
            return null;
        }

        var end = c.Position;
        c.SkipSpaces();
        // A day after it makes this a date range missing its first day, not a span of months.
        return c.TryNumber(out _) ? null : new PeriodReading(end, CalendarRange.OfMonths(year, month, lastYear, lastMonth));
    }
}
