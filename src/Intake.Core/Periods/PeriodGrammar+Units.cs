namespace Intake.Core.Periods;

internal sealed partial class PeriodGrammar
{
    // After 2022年: 度, 第13周, 13周, 第一季度, 1季度, 3月…, 1-3月, or nothing that narrows the year.
    private static PeriodReading ReadAfterYearMark(TextCursor c, int year)
    {
        var wholeYear = new PeriodReading(c.Position, Period.TryYear(year));
        c.SkipSpaces();
        if (c.TryChar('度'))
        {
            wholeYear = wholeYear with { End = c.Position };
            c.SkipSpaces();
            return ReadUnitAfterYear(c, year, monthsAllowed: false) ?? UnreadableOrdinal(c) ?? wholeYear;
        }

        // Half years and 前三季度 (the first three quarters) are no period kind, yet 2022年 alone would claim the
        // whole year; 2022年前 (before 2022) is none either.
        if (c.TryWord("上半年") || c.TryWord("下半年") || c.TryChar('前'))
        {
            return new PeriodReading(c.Position, null);
        }

        return ReadUnitAfterYear(c, year, monthsAllowed: true) ?? UnreadableOrdinal(c) ?? wholeYear;
    }

    private static PeriodReading? ReadUnitAfterYear(TextCursor c, int year, bool monthsAllowed)
    {
        var start = c.Position;
        c.TryChar('第');
        c.SkipSpaces();
        if (!c.TryNumber(out var first))
        {
            c.Position = start;
            return null;
        }

        if (monthsAllowed && c.TryCharAfterSpaces('月'))
        {
            return ReadAfterMonth(c, year, first, monthAloneCounts: true);
        }

        c.SkipSpaces();
        var last = ReadSpanEnd(c);
        if (ReadWeekOrQuarter(c, year, first, last) is { } unit)
        {
            return unit;
        }

        if (monthsAllowed && last is { } lastMonth && c.TryChar('月'))
        {
            return new PeriodReading(c.Position, CalendarRange.OfMonths(year, first, year, lastMonth));
        }

        c.Position = start;
        return null;
    }

    // 2022年第一百周: an ordinal narrows the year to something, just nothing readable, so the year alone is no answer.
    private static PeriodReading? UnreadableOrdinal(TextCursor c) =>
        c.Current == '第' ? new PeriodReading(c.Position + 1, null) : null;

    // 周 or 季度 after the number(s) just read. A span of weeks or quarters (第13-14周, 第13周-第14周) is no single period.
    private static PeriodReading? ReadWeekOrQuarter(TextCursor c, int year, int first, int? last)
    {
        if (c.TryWeekMark())
        {
            var single = last is null && !ExtendsToSpan(c, static cursor => cursor.TryWeekMark());
            return new PeriodReading(c.Position, single ? Period.TryWeek(year, first) : null);
        }

        if (c.TryQuarterMark())
        {
            var single = last is null && !ExtendsToSpan(c, static cursor => cursor.TryQuarterMark());
            return new PeriodReading(c.Position, single ? Period.TryQuarter(year, first) : null);
        }

        return null;
    }

    // Moves past the second half of 第13周-第14周, if the unit just read starts one.
    private static bool ExtendsToSpan(TextCursor c, Func<TextCursor, bool> unit)
    {
        var start = c.Position;
        c.SkipSpaces();
        if (ReadSpanEnd(c) is not null && unit(c))
        {
            return true;
        }

        c.Position = start;
        return false;
    }

    // The second number of 1-3月 or 第13-第14周, with its unit still to come.
    private static int? ReadSpanEnd(TextCursor c)
    {
        var start = c.Position;
        if (c.TryRangeSeparator())
        {
            c.SkipSpaces();
            c.TryChar('第');
            c.SkipSpaces();
            if (c.TryNumber(out var last))
            {
                c.SkipSpaces();
                return last;
            }
        }

        c.Position = start;
        return null;
    }
}
