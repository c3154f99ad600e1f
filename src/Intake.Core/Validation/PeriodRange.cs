using System.Globalization;
using Intake.Core.Messages;
using Intake.Core.Periods;
using Intake.Core.Reports;

namespace Intake.Core.Validation;

/// <summary>
/// The periods a report may be for: none that starts before January 1 of <see cref="FirstYear"/>, none that starts
/// more than a year after today (Shanghai). <c>0001-W01</c> or a year typed as 2202 is a slip of the keyboard,
/// not a report: it is refused before it reaches the rollups, which build every week such a period feeds.
/// </summary>
public sealed class PeriodRange(int firstYear, TimeProvider clock)
{
    /// <summary>The default first year (the setting <c>Intake__CatalogFirstYear</c>).</summary>
    public const int DefaultFirstYear = 2000;

    public int FirstYear { get; } = firstYear is >= 1 and <= 9999
        ? firstYear
        : throw new ArgumentOutOfRangeException(nameof(firstYear), firstYear, "The first year must be within 1..9999.");

    /// <summary>The latest day a period may start on: a year after today in Shanghai.</summary>
    public DateOnly LatestStart => ShanghaiCalendar.Today(clock).AddYears(1);

    /// <summary>Why <paramref name="period"/> is out of range; null when it is within.</summary>
    public LocalizedText? Refusal(Period period)
    {
        ArgumentNullException.ThrowIfNull(period);
        if (period.Start < new DateOnly(FirstYear, 1, 1))
        {
            return MessageCatalog.PeriodTooEarly(period.Code, FirstYear);
        }

        var latest = LatestStart;
        return period.Start > latest
            ? MessageCatalog.PeriodTooLate(period.Code, latest.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
            : null;
    }

    /// <summary>
    /// A <see cref="IssueCodes.PeriodOutOfRange"/> error for the report's own period (once, without a cell), and one at
    /// the cell of each fact whose row names another period out of range.
    /// </summary>
    public IssueList Check(Period? reportPeriod, IEnumerable<Fact> facts, int maxIssues = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var issues = new IssueList(maxIssues);
        var expected = MessageCatalog.ExpectedPeriodWithin(FirstYear);
        if (reportPeriod is not null && Refusal(reportPeriod) is { } ownRefusal)
        {
            issues.Add(new ReportIssue(Severity.Error, IssueCodes.PeriodOutOfRange, null, null, ownRefusal, reportPeriod.Code, expected));
        }

        var decided = new Dictionary<Period, LocalizedText?>();
        foreach (var fact in facts)
        {
            if (fact.Period == reportPeriod)
            {
                continue;
            }

            if (!decided.TryGetValue(fact.Period, out var refusal))
            {
                refusal = Refusal(fact.Period);
                decided[fact.Period] = refusal;
            }

            if (refusal is { } text)
            {
                issues.Add(new ReportIssue(Severity.Error, IssueCodes.PeriodOutOfRange, fact.Cell, fact.Indicator, text, fact.Period.Code, expected));
            }
        }

        return issues;
    }
}
