using Intake.Core.Catalog;
using Intake.Core.Periods;

namespace Intake.Core.Rollups;

/// <summary>
/// Who reported for a week: every org unit with <c>reports_weekly = yes</c> is expected, and any other reporter
/// that sent a report is listed as not expected. A report for the week or for a day inside it counts; the first
/// one received decides whether it came by the deadline.
/// </summary>
public static class CompletenessBuilder
{
    /// <summary>The moment a week's reports are due: the Monday 00:00 after it in Shanghai plus <see cref="RollupOptions.DeadlineAfterWeek"/>.</summary>
    public static DateTimeOffset Deadline(Period week, RollupOptions options)
    {
        ArgumentNullException.ThrowIfNull(week);
        ArgumentNullException.ThrowIfNull(options);
        var monday = week.End.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        var offset = ShanghaiCalendar.TimeZone.GetUtcOffset(monday);
        return new DateTimeOffset(monday, offset) + options.DeadlineAfterWeek;
    }

    public static IReadOnlyList<CompletenessEntry> Build(ReportCatalog catalog, Period week, IEnumerable<ReportReceipt> receipts, RollupOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(week);
        ArgumentNullException.ThrowIfNull(receipts);
        var deadline = Deadline(week, options ?? new RollupOptions());
        var first = receipts
            .Where(r => Covers(week, r.Period))
            .GroupBy(r => r.Reporter)
            .ToDictionary(g => g.Key, g => g.OrderBy(r => r.ReceivedAt).ThenBy(r => r.SubmissionId, StringComparer.Ordinal).First());
        var expected = catalog.ExpectedReporters.Select(u => u.Code).ToList();
        return expected
            .Concat(first.Keys.Except(expected).Order())
            .Select(reporter => first.TryGetValue(reporter, out var receipt)
                ? new CompletenessEntry(week.Code, reporter, expected.Contains(reporter), true, receipt.ReceivedAt <= deadline, receipt.ReceivedAt, receipt.SubmissionId)
                : new CompletenessEntry(week.Code, reporter, true, false, false, null, null))
            .ToList();
    }

    private static bool Covers(Period week, string code) =>
        Period.TryParse(code, out var period)
        && (period == week || (period.Kind == PeriodKind.Day && period.Start >= week.Start && period.End <= week.End));
}
