namespace Intake.Core.Periods;

/// <summary>
/// A figure accumulated from January 1 to the end of a month of the report's year, as a header names it (1—2月份,
/// 一季度累计, 上半年累计). It is the report's own cumulative figure when it reaches the report's last days (1-3月累计
/// in the week of March 28 to April 3); when it ends earlier (1—2月份 in that week, or in the first quarter's report),
/// it is the cumulative figure of the month or quarter where it ends, which is what the office wrote.
/// </summary>
/// <param name="EndMonth">The last month the span takes in, 1 to 12.</param>
/// <param name="ByQuarter">True when the header counts in quarters (一季度, 前三季度): the span ends with a quarter.</param>
public readonly record struct YearToDate(int EndMonth, bool ByQuarter)
{
    // A week straddling the end of a month (March 28 to April 3) still reports the month's figure as its own.
    private const int ReachingDays = 6;

    // Held in a value's period until the report's period is settled; no period code starts with a control character.
    private const char Mark = '\u0001';

    /// <summary>What a value read under such a header holds for its period until the report's period is settled.</summary>
    internal string Placeholder => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Mark}{EndMonth}{(ByQuarter ? 'Q' : 'M')}");

    internal static bool TryReadPlaceholder(string? text, out YearToDate span)
    {
        span = default;
        if (text is not { Length: >= 3 } || text[0] != Mark || !int.TryParse(text.AsSpan(1, text.Length - 2), out var month))
        {
            return false;
        }

        span = new YearToDate(month, text[^1] == 'Q');
        return true;
    }

    /// <summary>The period the figure is dated by, or null when that is the report's own period.</summary>
    public Period? DatedBy(Period report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var year = report.End.Year;
        var end = ByQuarter && EndMonth % 3 == 0 ? Period.TryQuarter(year, EndMonth / 3) : Period.TryMonth(year, EndMonth);
        return end is null || end.End.DayNumber >= report.End.DayNumber - ReachingDays ? null : end;
    }
}
