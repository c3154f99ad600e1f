using Intake.Core.Periods;

namespace Intake.Core.Publishing;

/// <summary>How a week, month, quarter or year is written in the district's documents.</summary>
public static class PeriodNames
{
    private static readonly string[] QuarterNames = ["一季度", "二季度", "三季度", "四季度"];

    /// <summary>The period with its year: <c>2022年一季度</c>, <c>2022年3月</c>, <c>2022年</c>, <c>2022年第13周（3月28日—4月3日）</c>.</summary>
    public static string Full(Period period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return period.Kind switch
        {
            PeriodKind.Week => WeekNames.Chinese(period),
            PeriodKind.Month => $"{period.Start.Year}年{period.Start.Month}月",
            PeriodKind.Quarter => $"{period.Start.Year}年{QuarterNames[(period.Start.Month - 1) / 3]}",
            PeriodKind.Year => $"{period.Start.Year}年",
            _ => $"{period.Start.Year}年{period.Start.Month}月{period.Start.Day}日",
        };
    }

    /// <summary>The period as a bulletin's sentences open: <c>一季度</c>, <c>3月份</c>, <c>全年</c>, <c>本周</c>.</summary>
    public static string Lead(Period period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return period.Kind switch
        {
            PeriodKind.Month => $"{period.Start.Month}月份",
            PeriodKind.Quarter => QuarterNames[(period.Start.Month - 1) / 3],
            PeriodKind.Year => "全年",
            PeriodKind.Week => "本周",
            _ => "当日",
        };
    }

    /// <summary>The days it covers: <c>1月1日—3月31日</c>.</summary>
    public static string Days(Period period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return $"{period.Start.Month}月{period.Start.Day}日—{period.End.Month}月{period.End.Day}日";
    }
}
