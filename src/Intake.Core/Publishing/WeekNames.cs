using System.Globalization;
using Intake.Core.Periods;

namespace Intake.Core.Publishing;

/// <summary>How a week is written in the district's documents.</summary>
public static class WeekNames
{
    /// <summary><c>2022年第13周（3月28日—4月3日）</c>.</summary>
    public static string Chinese(Period week)
    {
        ArgumentNullException.ThrowIfNull(week);
        var number = int.Parse(week.Code.AsSpan(6), CultureInfo.InvariantCulture);
        return $"{week.Code[..4]}年第{number}周（{week.Start.Month}月{week.Start.Day}日—{week.End.Month}月{week.End.Day}日）";
    }
}
