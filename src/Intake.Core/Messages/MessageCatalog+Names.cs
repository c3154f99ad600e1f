using System.Globalization;
using Intake.Core.Periods;

namespace Intake.Core.Messages;

/// <summary>How a day, a week, a month, a quarter or a year is written in the district's documents.</summary>
public static partial class MessageCatalog
{
    private static readonly string[] QuarterNamesZh = ["一季度", "二季度", "三季度", "四季度"];
    private static readonly string[] QuarterNamesEn = ["the first quarter", "the second quarter", "the third quarter", "the fourth quarter"];

    /// <summary>A day as a person quotes it: 2022年4月1日.</summary>
    public static LocalizedText DayName(DateOnly day) =>
        T(string.Create(CultureInfo.InvariantCulture, $"{day.Year}年{day.Month}月{day.Day}日"), day.ToString("d MMMM yyyy", CultureInfo.InvariantCulture));

    /// <summary>2022年第13周（3月28日—4月3日）.</summary>
    public static LocalizedText WeekName(Period week)
    {
        ArgumentNullException.ThrowIfNull(week);
        var year = week.Code[..4];
        var number = int.Parse(week.Code.AsSpan(6), CultureInfo.InvariantCulture);
        var days = PeriodDays(week);
        return T($"{year}年第{number}周（{days.Zh}）", $"week {number} of {year} ({days.En})");
    }

    /// <summary>The period with its year: 2022年一季度, 2022年3月, 2022年, 2022年第13周（3月28日—4月3日）.</summary>
    public static LocalizedText PeriodName(Period period)
    {
        ArgumentNullException.ThrowIfNull(period);
        var start = period.Start;
        return period.Kind switch
        {
            PeriodKind.Week => WeekName(period),
            PeriodKind.Month => T($"{start.Year}年{start.Month}月", start.ToString("MMMM yyyy", CultureInfo.InvariantCulture)),
            PeriodKind.Quarter => T($"{start.Year}年{QuarterNamesZh[Quarter(period)]}", $"{QuarterNamesEn[Quarter(period)]} of {start.Year}"),
            PeriodKind.Year => T($"{start.Year}年", $"{start.Year}"),
            _ => DayName(start),
        };
    }

    /// <summary>The period as a bulletin's sentences open: 一季度, 3月份, 全年, 本周.</summary>
    public static LocalizedText PeriodLead(Period period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return period.Kind switch
        {
            PeriodKind.Month => T($"{period.Start.Month}月份", $"In {period.Start.ToString("MMMM", CultureInfo.InvariantCulture)}"),
            PeriodKind.Quarter => T(QuarterNamesZh[Quarter(period)], $"In {QuarterNamesEn[Quarter(period)]}"),
            PeriodKind.Year => T("全年", "Over the year"),
            PeriodKind.Week => T("本周", "This week"),
            _ => T("当日", "That day"),
        };
    }

    /// <summary>The days it covers: 1月1日—3月31日.</summary>
    public static LocalizedText PeriodDays(Period period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return T($"{period.Start.Month}月{period.Start.Day}日—{period.End.Month}月{period.End.Day}日",
            $"{period.Start.ToString("d MMM", CultureInfo.InvariantCulture)}–{period.End.ToString("d MMM", CultureInfo.InvariantCulture)}");
    }

    private static int Quarter(Period period) => (period.Start.Month - 1) / 3;
}
