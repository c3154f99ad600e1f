namespace Intake.Core.Periods;

/// <summary>
/// Dates and weeks as the district offices see them: in Asia/Shanghai, whatever time zone the host runs in
/// (Azure Functions on Linux cannot be moved to another zone).
/// </summary>
public static class ShanghaiCalendar
{
    /// <summary>Asia/Shanghai; a fixed UTC+8 zone of the same id when the host has no time zone data.</summary>
    public static TimeZoneInfo TimeZone { get; } = FindTimeZone();

    /// <summary>Today's date in Shanghai by <paramref name="clock"/>.</summary>
    public static DateOnly Today(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return ToShanghaiDate(clock.GetUtcNow());
    }

    /// <summary>The Shanghai calendar date at <paramref name="instant"/>.</summary>
    public static DateOnly ToShanghaiDate(DateTimeOffset instant) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, TimeZone).DateTime);

    /// <summary>
    /// The ISO week that ended most recently in Shanghai: on Monday 06:00 Shanghai time, the week that ended
    /// yesterday; on Sunday 23:59, the week before the current one.
    /// </summary>
    public static Period PreviousWeek(TimeProvider clock)
    {
        var thisWeek = Period.Week(Today(clock));
        return Period.Week(thisWeek.Start.AddDays(-1));
    }

    private static TimeZoneInfo FindTimeZone()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            // China has kept UTC+8 without daylight saving since 1991, so a fixed offset is exact for any report.
            return TimeZoneInfo.CreateCustomTimeZone("Asia/Shanghai", TimeSpan.FromHours(8), "China Standard Time", "China Standard Time");
        }
    }
}
