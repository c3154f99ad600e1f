using System.Globalization;
using Intake.Core.Periods;

namespace Intake.Core.Tests.Periods;

public sealed class PeriodTests
{
    [Fact]
    public void WeekThirteenOf2022StartsOnMarch28()
    {
        var week = Period.Week(2022, 13);

        Assert.Equal(new Period(PeriodKind.Week, "2022-W13", new DateOnly(2022, 3, 28), new DateOnly(2022, 4, 3)), week);
    }

    [Theory]
    [InlineData("2022-03-28", "2022-W13")]
    [InlineData("2022-04-03", "2022-W13")]
    [InlineData("2022-04-04", "2022-W14")]
    [InlineData("2022-01-02", "2021-W52")]
    [InlineData("2022-01-03", "2022-W01")]
    [InlineData("2021-01-03", "2020-W53")]
    [InlineData("2019-12-30", "2020-W01")]
    [InlineData("2024-12-30", "2025-W01")]
    [InlineData("2026-12-31", "2026-W53")]
    [InlineData("0001-01-01", "0001-W01")]
    public void AnyDayBelongsToItsIsoWeek(string day, string code) =>
        Assert.Equal(code, Period.Week(Date(day)).Code);

    [Fact]
    public void AWeekRunsMondayToSunday()
    {
        var week = Period.Week(new DateOnly(2022, 3, 30));

        Assert.Equal(
            (DayOfWeek.Monday, DayOfWeek.Sunday, 6),
            (week.Start.DayOfWeek, week.End.DayOfWeek, week.End.DayNumber - week.Start.DayNumber));
    }

    [Fact]
    public void TheWeekOfADayEqualsTheWeekByNumber() =>
        Assert.Equal(Period.Week(2022, 13), Period.Week(new DateOnly(2022, 4, 1)));

    [Theory]
    [InlineData(2022, 0)]
    [InlineData(2022, 53)]
    [InlineData(2020, 54)]
    [InlineData(0, 1)]
    [InlineData(10000, 1)]
    [InlineData(9999, 52)]
    public void AWeekTheIsoYearDoesNotHaveIsRefused(int isoYear, int week) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Period.Week(isoYear, week));

    [Fact]
    public void TheWeekOfTheLastDayThatDateOnlyHoldsIsRefused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Period.Week(DateOnly.MaxValue));

    [Fact]
    public void ADayStartsAndEndsOnItself() =>
        Assert.Equal(
            new Period(PeriodKind.Day, "2022-03-28", new DateOnly(2022, 3, 28), new DateOnly(2022, 3, 28)),
            Period.Day(new DateOnly(2022, 3, 28)));

    [Theory]
    [InlineData(2022, 3, "2022-03", "2022-03-01", "2022-03-31")]
    [InlineData(2024, 2, "2024-02", "2024-02-01", "2024-02-29")]
    [InlineData(2023, 2, "2023-02", "2023-02-01", "2023-02-28")]
    [InlineData(2022, 12, "2022-12", "2022-12-01", "2022-12-31")]
    [InlineData(9999, 12, "9999-12", "9999-12-01", "9999-12-31")]
    public void AMonthCoversItsCalendarDays(int year, int month, string code, string start, string end) =>
        Assert.Equal(new Period(PeriodKind.Month, code, Date(start), Date(end)), Period.Month(year, month));

    [Theory]
    [InlineData(2022, 1, "2022-Q1", "2022-01-01", "2022-03-31")]
    [InlineData(2022, 2, "2022-Q2", "2022-04-01", "2022-06-30")]
    [InlineData(2022, 3, "2022-Q3", "2022-07-01", "2022-09-30")]
    [InlineData(2022, 4, "2022-Q4", "2022-10-01", "2022-12-31")]
    [InlineData(9999, 4, "9999-Q4", "9999-10-01", "9999-12-31")]
    public void AQuarterCoversThreeMonths(int year, int quarter, string code, string start, string end) =>
        Assert.Equal(new Period(PeriodKind.Quarter, code, Date(start), Date(end)), Period.Quarter(year, quarter));

    [Fact]
    public void AYearCoversJanuaryToDecember() =>
        Assert.Equal(new Period(PeriodKind.Year, "2022", new DateOnly(2022, 1, 1), new DateOnly(2022, 12, 31)), Period.Year(2022));

    [Theory]
    [InlineData(2022, 0)]
    [InlineData(2022, 13)]
    [InlineData(0, 1)]
    [InlineData(10000, 1)]
    public void AMonthOutOfRangeIsRefused(int year, int month) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Period.Month(year, month));

    [Theory]
    [InlineData(2022, 0)]
    [InlineData(2022, 5)]
    [InlineData(-1, 1)]
    public void AQuarterOutOfRangeIsRefused(int year, int quarter) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Period.Quarter(year, quarter));

    [Theory]
    [InlineData(0)]
    [InlineData(10000)]
    public void AYearOutOfRangeIsRefused(int year) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Period.Year(year));

    [Fact]
    public void APeriodPrintsAsItsCode() =>
        Assert.Equal("2022-W13", Period.Week(2022, 13).ToString());

    [Theory]
    [InlineData("2022-03-28", PeriodKind.Day, "2022-03-28", "2022-03-28")]
    [InlineData("2024-02-29", PeriodKind.Day, "2024-02-29", "2024-02-29")]
    [InlineData("2022-W13", PeriodKind.Week, "2022-03-28", "2022-04-03")]
    [InlineData("2020-W53", PeriodKind.Week, "2020-12-28", "2021-01-03")]
    [InlineData("2022-W01", PeriodKind.Week, "2022-01-03", "2022-01-09")]
    [InlineData("2022-03", PeriodKind.Month, "2022-03-01", "2022-03-31")]
    [InlineData("2022-Q1", PeriodKind.Quarter, "2022-01-01", "2022-03-31")]
    [InlineData("2022", PeriodKind.Year, "2022-01-01", "2022-12-31")]
    [InlineData("0001-W01", PeriodKind.Week, "0001-01-01", "0001-01-07")]
    [InlineData("9999-12-31", PeriodKind.Day, "9999-12-31", "9999-12-31")]
    public void ACodeParsesToItsPeriod(string code, PeriodKind kind, string start, string end)
    {
        Assert.True(Period.TryParse(code, out var period));
        Assert.Equal(new Period(kind, code, Date(start), Date(end)), period);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData(" 2022-W13")]
    [InlineData("2022-W13 ")]
    [InlineData("2022-w13")]
    [InlineData("2022W13")]
    [InlineData("2022-W1")]
    [InlineData("2022-W001")]
    [InlineData("2022-W00")]
    [InlineData("2022-W53")]
    [InlineData("2020-W54")]
    [InlineData("9999-W52")]
    [InlineData("2022-3")]
    [InlineData("2022-00")]
    [InlineData("2022-13")]
    [InlineData("2022/03")]
    [InlineData("2022-q1")]
    [InlineData("2022-Q0")]
    [InlineData("2022-Q5")]
    [InlineData("2022Q1")]
    [InlineData("2022-02-29")]
    [InlineData("2022-04-31")]
    [InlineData("2022-00-10")]
    [InlineData("2022-3-28")]
    [InlineData("2022/03/28")]
    [InlineData("2022-03-28T00:00")]
    [InlineData("20220328")]
    [InlineData("0000")]
    [InlineData("202")]
    [InlineData("20222")]
    [InlineData("２０２２")]
    [InlineData("2022年")]
    [InlineData("-2022")]
    [InlineData("+022")]
    public void AnythingButACanonicalCodeOfARealPeriodIsNoCode(string? code)
    {
        Assert.False(Period.TryParse(code, out var period));
        Assert.Null(period);
    }

    [Theory]
    [MemberData(nameof(EveryKind))]
    public void EveryCodeParsesBackToItsPeriod(Period period)
    {
        Assert.True(Period.TryParse(period.Code, out var parsed));
        Assert.Equal(period, parsed);
    }

    public static TheoryData<Period> EveryKind() =>
    [
        Period.Day(new DateOnly(2022, 3, 28)),
        Period.Week(2022, 13),
        Period.Week(2020, 53),
        Period.Month(2022, 3),
        Period.Quarter(2022, 4),
        Period.Year(2022),
    ];

    private static DateOnly Date(string text) => DateOnly.Parse(text, CultureInfo.InvariantCulture);
}
