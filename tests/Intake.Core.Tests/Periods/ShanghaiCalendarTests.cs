using System.Globalization;
using Intake.Core.Periods;

namespace Intake.Core.Tests.Periods;

public sealed class ShanghaiCalendarTests
{
    [Fact]
    public void ShanghaiIsEightHoursAheadOfUtcAllYear()
    {
        Assert.Equal(TimeSpan.FromHours(8), ShanghaiCalendar.TimeZone.GetUtcOffset(new DateTime(2022, 1, 15, 0, 0, 0, DateTimeKind.Utc)));
        Assert.Equal(TimeSpan.FromHours(8), ShanghaiCalendar.TimeZone.GetUtcOffset(new DateTime(2022, 7, 15, 0, 0, 0, DateTimeKind.Utc)));
    }

    [Theory]
    [InlineData("2022-03-27T15:59:59Z", "2022-03-27")]
    [InlineData("2022-03-27T16:00:00Z", "2022-03-28")]
    [InlineData("2022-03-28T00:00:00+08:00", "2022-03-28")]
    [InlineData("2022-03-27T12:00:00-05:00", "2022-03-28")]
    [InlineData("2021-12-31T16:30:00Z", "2022-01-01")]
    public void TheDateIsTheOneOnShanghaiClocks(string instant, string date) =>
        Assert.Equal(DateOnly.Parse(date, CultureInfo.InvariantCulture), ShanghaiCalendar.ToShanghaiDate(Instant(instant)));

    [Fact]
    public void TodayIsAlreadyMondayInShanghaiWhileItIsSundayInUtc() =>
        Assert.Equal(new DateOnly(2022, 3, 28), ShanghaiCalendar.Today(new FixedClock(Instant("2022-03-27T17:00:00Z"))));

    [Theory]
    [InlineData("2022-04-04T06:00:00+08:00", "2022-W13")]
    [InlineData("2022-04-04T00:00:00+08:00", "2022-W13")]
    [InlineData("2022-04-03T16:30:00Z", "2022-W13")]
    [InlineData("2022-04-03T23:59:59+08:00", "2022-W12")]
    [InlineData("2022-04-03T15:59:59Z", "2022-W12")]
    [InlineData("2022-04-06T12:00:00+08:00", "2022-W13")]
    [InlineData("2022-01-03T09:00:00+08:00", "2021-W52")]
    [InlineData("2021-01-04T09:00:00+08:00", "2020-W53")]
    [InlineData("2020-01-06T09:00:00+08:00", "2020-W01")]
    public void ThePreviousWeekIsTheLastOneThatEndedInShanghai(string now, string week) =>
        Assert.Equal(week, ShanghaiCalendar.PreviousWeek(new FixedClock(Instant(now))).Code);

    [Fact]
    public void AClockIsRequired()
    {
        Assert.Throws<ArgumentNullException>(() => ShanghaiCalendar.Today(null!));
        Assert.Throws<ArgumentNullException>(() => ShanghaiCalendar.PreviousWeek(null!));
    }

    private static DateTimeOffset Instant(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);
}
