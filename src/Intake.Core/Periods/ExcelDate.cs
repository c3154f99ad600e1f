namespace Intake.Core.Periods;

/// <summary>Dates as Excel stores them: a serial number of days, shown as a date by its number format.</summary>
public static class ExcelDate
{
    private const int LastSerial = 2958465;

    // Excel keeps Lotus 1-2-3's mistake of treating 1900 as a leap year: serial 60 is 1900-02-29, a day that
    // never was, and every later serial is one day ahead of a plain count from 1899-12-31.
    private const int FakeLeapDaySerial = 60;

    private static readonly DateOnly DayBeforeSerialOne = new(1899, 12, 31);

    /// <summary>
    /// The date of an Excel 1900 date system serial (1 = 1900-01-01; the time of day in the fraction is ignored).
    /// False outside 1..2958465 (9999-12-31) and for 60, the nonexistent 1900-02-29.
    /// </summary>
    public static bool TryFromSerial(double serial, out DateOnly date)
    {
        date = default;
        if (!double.IsFinite(serial) || serial < 1 || serial >= LastSerial + 1)
        {
            return false;
        }

        var day = (int)Math.Floor(serial);
        if (day == FakeLeapDaySerial)
        {
            return false;
        }

        date = DayBeforeSerialOne.AddDays(day < FakeLeapDaySerial ? day : day - 1);
        return true;
    }

    /// <summary>
    /// True when an Excel number format shows a date: a y, d or e (era year) token, or m that is not minutes,
    /// outside quotes and brackets; or 年, 月 or 日 outside quotes, as in <c>[$-804]yyyy年m月d日</c>.
    /// Callers pass the format string of built-in formats (ids 14-17, 22, 27-36, 50-58) themselves.
    /// </summary>
    public static bool IsDateFormat(string? numberFormat) =>
        !string.IsNullOrWhiteSpace(numberFormat) && NumberFormatTokens.ShowsDate(numberFormat);
}
