using Intake.Core.Messages;
using Intake.Core.Periods;

namespace Intake.Core.Publishing;

/// <summary>How a week is written in the district's documents, which are Chinese.</summary>
public static class WeekNames
{
    /// <summary><c>2022年第13周（3月28日—4月3日）</c>, from <see cref="MessageCatalog.WeekName"/>.</summary>
    public static string Chinese(Period week) => MessageCatalog.WeekName(week).Zh;
}
