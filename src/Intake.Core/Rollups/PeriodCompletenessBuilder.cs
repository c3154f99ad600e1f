using Intake.Core.Catalog;
using Intake.Core.Periods;

namespace Intake.Core.Rollups;

/// <summary>
/// Who reported over a month, quarter or year: for every reporter, how many of the period's weeks (those counting in
/// it that have ended) it reported, and how many of them on time, from the weeks' own completeness.
/// </summary>
public static class PeriodCompletenessBuilder
{
    /// <param name="catalog">Who is expected weekly, and in which order they are listed.</param>
    /// <param name="period">The month, quarter or year.</param>
    /// <param name="weeks">The weeks counted: those of <paramref name="period"/> that had ended.</param>
    /// <param name="entries">The completeness of those weeks (<see cref="CompletenessBuilder"/>).</param>
    public static IReadOnlyList<PeriodCompleteness> Build(ReportCatalog catalog, Period period, IReadOnlyCollection<Period> weeks, IEnumerable<CompletenessEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(weeks);
        ArgumentNullException.ThrowIfNull(entries);
        var counted = weeks.Select(w => w.Code).ToHashSet(StringComparer.Ordinal);
        var byReporter = entries.Where(e => counted.Contains(e.Week))
            .GroupBy(e => e.Reporter)
            .ToDictionary(g => g.Key, g => g.ToList());
        var expected = catalog.ExpectedReporters.Select(u => u.Code).ToList();
        return expected
            .Concat(byReporter.Keys.Except(expected).Order())
            .Select(reporter =>
            {
                var rows = byReporter.GetValueOrDefault(reporter) ?? [];
                return new PeriodCompleteness(period.Code, reporter, expected.Contains(reporter), counted.Count,
                    rows.Count(r => r.Received), rows.Count(r => r.Received && r.OnTime));
            })
            .Where(c => c.Expected || c.WeeksReceived > 0)
            .ToList();
    }
}
