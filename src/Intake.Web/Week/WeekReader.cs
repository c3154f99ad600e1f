using System.Globalization;
using Intake.Core.Catalog;
using Intake.Core.Messages;
using Intake.Core.Periods;
using Intake.Core.Reports;
using Intake.Core.Rollups;
using Intake.Storage.Rollups;
using Intake.Web.Text;

namespace Intake.Web.Week;

/// <summary>
/// Shapes one week, as <see cref="WeeklyReportReader"/> reads it from the rollup tables, for the week view.
/// Reads only: the tables are written by the rollups.
/// </summary>
public sealed class WeekReader(WeeklyReportReader reports, ReportCatalog catalog, WebNames names)
{
    public async Task<WeekView> ReadAsync(Period week, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(week);
        var report = await reports.ReadAsync(week, cancellationToken).ConfigureAwait(false);
        return new WeekView(
            week.Code,
            week.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            week.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            report.Completeness.Count > 0,
            Completeness(report.Completeness),
            District(report.Rollups),
            Charts(report.Rollups),
            report.Reconciliations.Select(Reconciliation).ToList());
    }

    private List<CompletenessView> Completeness(IReadOnlyList<CompletenessEntry> entries)
    {
        var byReporter = entries.Where(e => e.Expected)
            .GroupBy(e => e.Reporter)
            .ToDictionary(g => g.Key, g => g.First());
        var ordered = catalog.ExpectedReporters.Select(u => u.Code).Where(byReporter.ContainsKey)
            .Concat(byReporter.Keys.Where(k => catalog.OrgUnitByCode(k) is null).Order());
        return ordered.Select(code =>
        {
            var entry = byReporter[code];
            var (state, text) = entry.Status switch
            {
                ReportingStatus.OnTime => ("on_time", MessageCatalog.ReportingStatusName(ReportingStatus.OnTime)),
                ReportingStatus.Late => ("late", MessageCatalog.ReportingStatusName(ReportingStatus.Late)),
                _ => ("missing", MessageCatalog.ReportingStatusName(ReportingStatus.Missing)),
            };
            var at = entry.SubmittedAt is { } instant && entry.Received
                ? TimeZoneInfo.ConvertTime(instant, ShanghaiCalendar.TimeZone).ToString("MM-dd HH:mm", CultureInfo.InvariantCulture)
                : null;
            return new CompletenessView(code, names.OrgUnit(code), state, text.Zh, at);
        }).ToList();
    }

    private List<RollupView> District(IReadOnlyList<WeeklyRollup> rollups) =>
        rollups.Where(r => r.OrgUnit == Access.Visitor.DistrictCode)
            .OrderBy(r => IndicatorOrder(r.Indicator))
            .ThenBy(r => r.Measure == Measure.Cumulative ? 1 : 0)
            .Select(r => new RollupView(
                r.Indicator, names.Indicator(r.Indicator), names.Unit(r.Indicator), ContractNames.Of(r.Measure), WebNames.Measure(r.Measure),
                r.Value, WebNames.Qualifier(r.Qualifier), r.ReportCount))
            .ToList();

    // This week's amount (measure period) of each indicator that any township has, one bar per township.
    private List<ChartView> Charts(IReadOnlyList<WeeklyRollup> rollups)
    {
        var townships = catalog.OrgUnits.Where(u => u.Kind == OrgUnitKind.Township).ToList();
        var values = rollups.Where(r => r.Measure != Measure.Cumulative)
            .Where(r => townships.Any(t => t.Code == r.OrgUnit))
            .GroupBy(r => r.Indicator)
            .OrderBy(g => IndicatorOrder(g.Key));
        return values.Select(g =>
        {
            var byUnit = g.ToDictionary(r => r.OrgUnit, r => (double?)r.Value);
            var bars = townships.Select(t => new BarView(t.Code, t.NameZh, byUnit.GetValueOrDefault(t.Code))).ToList();
            return new ChartView(g.Key, names.Indicator(g.Key), names.Unit(g.Key), bars);
        }).ToList();
    }

    private ReconciliationView Reconciliation(ReconciliationItem item)
    {
        var kindName = MessageCatalog.ReconciliationKindName(item.Kind).Zh;
        var kind = ContractNames.Of(item.Kind);
        return new ReconciliationView(kind, kindName, names.OrgUnit(item.OrgUnit), names.Indicator(item.Indicator),
            WebNames.Measure(item.Measure), item.ChosenValue, item.OtherValue, MessageCatalog.Reconciliation(catalog, item).Zh);
    }

    private int IndicatorOrder(string code)
    {
        var index = catalog.Indicators.ToList().FindIndex(i => i.Code == code);
        return index < 0 ? int.MaxValue : index;
    }
}
