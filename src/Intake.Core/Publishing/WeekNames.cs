using System.Globalization;
using Intake.Core.Periods;
using Intake.Core.Rollups;

namespace Intake.Core.Publishing;

/// <summary>How a week, a reporting status and a value are written in the district's documents.</summary>
public static class WeekNames
{
    /// <summary><c>2022年第13周（3月28日—4月3日）</c>.</summary>
    public static string Chinese(Period week)
    {
        ArgumentNullException.ThrowIfNull(week);
        var number = int.Parse(week.Code.AsSpan(6), CultureInfo.InvariantCulture);
        return $"{week.Code[..4]}年第{number}周（{week.Start.Month}月{week.Start.Day}日—{week.End.Month}月{week.End.Day}日）";
    }

    /// <summary>按时, 迟报, 未报 — or 不需报送 for a reporter not expected that sent nothing.</summary>
    public static string Status(CompletenessEntry? entry) => entry switch
    {
        null or { Received: false, Expected: false } => "不需报送",
        { Received: false } => "未报",
        { OnTime: true } => "按时",
        _ => "迟报",
    };
}
