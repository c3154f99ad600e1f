namespace Intake.Core.Periods;

/// <summary>
/// The ways offices write a period, read at one place of a normalized text. An expression that is recognised but
/// names no single period (week 54, a ten-day range) is still consumed, so its pieces are not read again as
/// something else; <paramref name="defaultYear"/> completes expressions that leave the year out (第13周, 一季度).
/// </summary>
internal sealed partial class PeriodGrammar(string text, int? defaultYear)
{
    /// <summary>The expression starting at <paramref name="start"/>, or null when none does.</summary>
    public PeriodReading? ReadAt(int start)
    {
        var cursor = new TextCursor(text, start);
        if (!StartsExpression(cursor.Current) || IsInsideNumber(cursor))
        {
            return null;
        }

        if (ReadFromYear(cursor) is { } reading)
        {
            return reading;
        }

        cursor.Position = start;
        return defaultYear is { } year && ReadWithoutYear(cursor, year) is { } yearless ? yearless with { YearInferred = true } : null;
    }

    // Every expression opens with a year, a day or month number, or 第.
    private static bool StartsExpression(char c) => char.IsAsciiDigit(c) || SmallChineseNumeral.IsNumeralChar(c) || c == '第';

    // No expression starts in the middle of 20221234 or 二十三.
    private static bool IsInsideNumber(TextCursor c) =>
        (char.IsAsciiDigit(c.Current) && char.IsAsciiDigit(c.Previous))
        || (SmallChineseNumeral.IsNumeralChar(c.Current) && SmallChineseNumeral.IsNumeralChar(c.Previous));

    // Years outside this window are amounts or codes (5000年 is no report period).
    private static bool IsPlausibleYear(int year) => year is >= 1900 and <= 2099;

    private static PeriodReading? ReadFromYear(TextCursor c)
    {
        // Formal titles spell the year digit by digit: 二〇二二年第十三周.
        if (c.TryChineseYear(out var spelledYear))
        {
            return IsPlausibleYear(spelledYear) && c.TryCharAfterSpaces('年') ? ReadAfterYearMark(c, spelledYear) : null;
        }

        if (!c.TryDigits(4, 4, out var year) || !IsPlausibleYear(year))
        {
            return null;
        }

        if (c.Current is '-' or '/' or '.')
        {
            return ReadNumeric(c, year);
        }

        c.SkipSpaces();
        if (c.TryChar('年'))
        {
            return ReadAfterYearMark(c, year);
        }

        if (c.TryLetter('w'))
        {
            return ReadIsoWeek(c, year);
        }

        return c.TryLetter('q') ? ReadIsoQuarter(c, year) : null;
    }

    // 2022-W13, 2022-Q1, 2022-03-28, 2022/3/28, 2022.3.28, 2022-03, 2022/03.
    private static PeriodReading? ReadNumeric(TextCursor c, int year)
    {
        var separator = c.Current;
        c.Position++;
        if (separator == '-' && c.TryLetter('w'))
        {
            return ReadIsoWeek(c, year);
        }

        if (separator == '-' && c.TryLetter('q'))
        {
            return ReadIsoQuarter(c, year);
        }

        if (!c.TryDigits(1, 2, out var month))
        {
            return null;
        }

        var monthEnd = c.Position;
        if (c.TryChar(separator) && char.IsAsciiDigit(c.Current))
        {
            return c.TryDigits(1, 2, out var day) ? ReadDateOnwards(c, year, month, day, marked: true, separator) : null;
        }

        // 2022.03 is as likely an amount as a month.
        return separator == '.' ? null : new PeriodReading(monthEnd, Period.TryMonth(year, month));
    }

    private static PeriodReading? ReadIsoWeek(TextCursor c, int year) =>
        c.TryDigits(1, 2, out var week) ? new PeriodReading(c.Position, Period.TryWeek(year, week)) : null;

    private static PeriodReading? ReadIsoQuarter(TextCursor c, int year) =>
        c.TryDigits(1, 1, out var quarter) ? new PeriodReading(c.Position, Period.TryQuarter(year, quarter)) : null;

    // 第13周, 第一季度, 一季度, 3月21日-3月27日 with the year taken from the caller.
    private static PeriodReading? ReadWithoutYear(TextCursor c, int year)
    {
        // A year was written but is not one to believe (1800年第13周): the default must not stand in for it.
        if (c.PreviousNonSpace == '年')
        {
            return null;
        }

        if (c.TryChar('第'))
        {
            c.SkipSpaces();
            if (!c.TryNumber(out var ordinal))
            {
                return null;
            }

            c.SkipSpaces();
            return ReadWeekOrQuarter(c, year, ordinal, last: null);
        }

        if (!c.TryNumber(out var number))
        {
            return null;
        }

        // Without 第 only 一季度 is clear: 13周 may count weeks (连续13周), 一季 may be a name (四季青).
        c.SkipSpaces();
        if (c.IsAt("季度"))
        {
            return ReadWeekOrQuarter(c, year, number, last: null);
        }

        return c.TryChar('月') ? ReadAfterMonth(c, year, number, monthAloneCounts: false) : null;
    }
}
