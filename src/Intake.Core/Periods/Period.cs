using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Intake.Core.Periods;

/// <summary>A reporting period: its kind, its ISO-style code and the days it covers.</summary>
/// <param name="Kind">Day, ISO week, month, quarter or year.</param>
/// <param name="Code">The ISO-style code: <c>2022-03-28</c>, <c>2022-W13</c>, <c>2022-03</c>, <c>2022-Q1</c>, <c>2022</c>.</param>
/// <param name="Start">The first day.</param>
/// <param name="End">The last day, included.</param>
public sealed record Period(PeriodKind Kind, string Code, DateOnly Start, DateOnly End)
{
    /// <summary>The period of one day, code <c>2022-03-28</c>.</summary>
    public static Period Day(DateOnly date) => new(PeriodKind.Day, Format($"{date:yyyy-MM-dd}"), date, date);

    /// <summary>The ISO 8601 week containing <paramref name="anyDayInWeek"/>, code <c>2022-W13</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The week would end after 9999-12-31.</exception>
    public static Period Week(DateOnly anyDayInWeek) =>
        TryWeekContaining(anyDayInWeek)
        ?? throw new ArgumentOutOfRangeException(nameof(anyDayInWeek), anyDayInWeek, "The ISO week of this day ends after 9999-12-31.");

    /// <summary>Week <paramref name="week"/> of ISO year <paramref name="isoYear"/>, code <c>2022-W13</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The ISO year has no such week.</exception>
    public static Period Week(int isoYear, int week) =>
        TryWeek(isoYear, week)
        ?? throw new ArgumentOutOfRangeException(nameof(week), week, $"ISO year {isoYear} has no week {week}.");

    /// <summary>A calendar month, code <c>2022-03</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year or month is out of range.</exception>
    public static Period Month(int year, int month) =>
        TryMonth(year, month)
        ?? throw new ArgumentOutOfRangeException(nameof(month), month, $"There is no month {year}-{month}.");

    /// <summary>A calendar quarter, code <c>2022-Q1</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year or quarter is out of range.</exception>
    public static Period Quarter(int year, int quarter) =>
        TryQuarter(year, quarter)
        ?? throw new ArgumentOutOfRangeException(nameof(quarter), quarter, $"There is no quarter {year}-Q{quarter}.");

    /// <summary>A calendar year, code <c>2022</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside 1..9999.</exception>
    public static Period Year(int year) =>
        TryYear(year) ?? throw new ArgumentOutOfRangeException(nameof(year), year, "The year must be within 1..9999.");

    /// <summary>
    /// Reads a code exactly as <see cref="Code"/> writes it (<c>2022-03-28</c>, <c>2022-W13</c>, <c>2022-03</c>,
    /// <c>2022-Q1</c>, <c>2022</c>); anything else, or a day, week, month or quarter that does not exist, is false.
    /// </summary>
    public static bool TryParse(string? code, [NotNullWhen(true)] out Period? period)
    {
        period = code is null || !TryDigits(code, 0, 4, out var year) ? null : code.Length switch
        {
            4 => TryYear(year),
            7 when code[4] == '-' && code[5] == 'Q' && TryDigits(code, 6, 1, out var quarter) => TryQuarter(year, quarter),
            7 when code[4] == '-' && TryDigits(code, 5, 2, out var month) => TryMonth(year, month),
            8 when code[4] == '-' && code[5] == 'W' && TryDigits(code, 6, 2, out var week) => TryWeek(year, week),
            10 when code[4] == '-' && code[7] == '-' && TryDigits(code, 5, 2, out var month) && TryDigits(code, 8, 2, out var day)
                => TryDay(year, month, day),
            _ => null,
        };
        return period is not null;
    }

    /// <summary>
    /// Reads a code this program wrote (a stored row, a settled report): one that does not read is not a period the
    /// program made, and fails loudly rather than meaning some default.
    /// </summary>
    /// <exception cref="FormatException">The code is not one <see cref="TryParse"/> reads.</exception>
    public static Period Parse(string code) =>
        TryParse(code, out var period) ? period : throw new FormatException($"'{code}' is not a period code (2022-W13, 2022-03, 2022-Q1, 2022, 2022-03-28).");

    /// <summary>The code, e.g. <c>2022-W13</c>.</summary>
    public override string ToString() => Code;

    internal static Period? TryDay(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? Day(new DateOnly(year, month, day))
            : null;

    internal static Period? TryWeekContaining(DateOnly anyDayInWeek)
    {
        var day = anyDayInWeek.ToDateTime(TimeOnly.MinValue);
        return TryWeek(ISOWeek.GetYear(day), ISOWeek.GetWeekOfYear(day));
    }

    internal static Period? TryWeek(int isoYear, int week)
    {
        if (isoYear is < 1 or > 9999 || week < 1 || week > ISOWeek.GetWeeksInYear(isoYear))
        {
            return null;
        }

        var monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(isoYear, week, DayOfWeek.Monday));
        // The last ISO week of 9999 ends in the year 10000, which DateOnly cannot hold.
        return monday.DayNumber + 6 > DateOnly.MaxValue.DayNumber
            ? null
            : new Period(PeriodKind.Week, Format($"{isoYear:D4}-W{week:D2}"), monday, monday.AddDays(6));
    }

    internal static Period? TryMonth(int year, int month) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12
            ? new Period(PeriodKind.Month, Format($"{year:D4}-{month:D2}"), new DateOnly(year, month, 1),
                new DateOnly(year, month, DateTime.DaysInMonth(year, month)))
            : null;

    internal static Period? TryQuarter(int year, int quarter) =>
        year is >= 1 and <= 9999 && quarter is >= 1 and <= 4
            ? new Period(PeriodKind.Quarter, Format($"{year:D4}-Q{quarter}"), new DateOnly(year, quarter * 3 - 2, 1),
                new DateOnly(year, quarter * 3, DateTime.DaysInMonth(year, quarter * 3)))
            : null;

    internal static Period? TryYear(int year) =>
        year is >= 1 and <= 9999
            ? new Period(PeriodKind.Year, Format($"{year:D4}"), new DateOnly(year, 1, 1), new DateOnly(year, 12, 31))
            : null;

    private static string Format(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static bool TryDigits(string text, int start, int count, out int value)
    {
        value = 0;
        if (start + count > text.Length)
        {
            return false;
        }

        foreach (var c in text.AsSpan(start, count))
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = value * 10 + (c - '0');
        }

        return true;
    }
}
