using Intake.Core.Catalog;
using Intake.Core.Periods;
using Intake.Core.Quantities;
using Intake.Core.Reports;

namespace Intake.Core.Rollups;

/// <summary>
/// Turns the current facts around one ISO week into one value per org unit, indicator and measure, and a district
/// value per indicator as its <c>district_value</c> says, and finds the numbers that disagree.
/// Per org unit and period one value counts (the org unit's own report wins over a department's row for it);
/// within the week a weekly fact wins over the unit's day facts, which are otherwise summed; month, quarter and
/// year amounts are not spread into weeks. <c>last</c> values take the latest period ending by the week's end,
/// looking back <see cref="RollupOptions.LastLookbackWeeks"/>; cumulative values take the latest in the week. A unit
/// whose 累计 grew since the week before by another amount than its 本周 says gets a <c>cumulative-gap</c> item.
/// </summary>
public static partial class WeeklyRollupBuilder
{
    public static readonly OrgUnitCode District = new("shangjie");

    public static WeeklyRollupResult Build(ReportCatalog catalog, Period week, IEnumerable<SourcedFact> facts, RollupOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(week);
        ArgumentNullException.ThrowIfNull(facts);
        if (week.Kind != PeriodKind.Week)
        {
            throw new ArgumentException($"Rollups are built per ISO week, not for '{week.Code}'.", nameof(week));
        }

        options ??= new RollupOptions();
        var known = facts
            .Select(f => catalog.IndicatorByCode(f.Fact.Indicator) is { } i ? new FactInPeriod(f, i) : null)
            .OfType<FactInPeriod>()
            .Where(f => f.Period.End <= week.End)
            .ToList();
        var reconciliations = new List<ReconciliationItem>();
        var chosen = UnitFigures.OneValuePerPeriod(week.Code, p => p.End >= week.Start, known, reconciliations);
        var figures = chosen
            .GroupBy(f => (f.Fact.OrgUnit, f.Indicator, f.Fact.Measure))
            .Select(g => (g.Key, Figure: UnitFigureOf(week, g.Key.Indicator, g.Key.Measure, g.ToList(), options)))
            .Where(x => x.Figure is not null)
            .ToList();
        var rollups = figures
            .Where(x => x.Key.OrgUnit != District)
            .Select(x => ToRollup(week, x.Key.OrgUnit, x.Key.Indicator, x.Key.Measure, x.Figure!))
            .ToList();
        foreach (var group in figures.GroupBy(x => (x.Key.Indicator, x.Key.Measure)))
        {
            var district = UnitFigures.DistrictFigure(catalog, week.Code, group.Key.Indicator, group.Key.Measure,
                group.ToDictionary(x => x.Key.OrgUnit, x => x.Figure!), reconciliations);
            if (district is not null)
            {
                rollups.Add(ToRollup(week, District, group.Key.Indicator, group.Key.Measure, district));
            }
        }

        reconciliations.AddRange(Gaps(catalog, week, chosen, figures.ToDictionary(x => x.Key, x => x.Figure!), options));
        return new WeeklyRollupResult(
            rollups.OrderBy(r => r.OrgUnit).ThenBy(r => r.Indicator).ThenBy(r => r.Measure).ToList(),
            reconciliations.OrderBy(r => r.OrgUnit).ThenBy(r => r.Indicator).ThenBy(r => r.Measure).ThenBy(r => r.Kind).ToList());
    }

    /// <summary>A sum of exact values is exact; with lower bounds it is a lower bound; mixed bounds are approximate.</summary>
    public static Qualifier CombineQualifiers(IEnumerable<Qualifier> qualifiers)
    {
        var distinct = qualifiers.Where(q => q != Qualifier.Exact).Distinct().ToList();
        return distinct.Count switch
        {
            0 => Qualifier.Exact,
            1 => distinct[0],
            _ => Qualifier.Approx,
        };
    }

    // 累计 of the week against 累计 of the week before and the week's own amount, for every org unit that has all three.
    private static IEnumerable<ReconciliationItem> Gaps(ReportCatalog catalog, Period week, List<FactInPeriod> chosen,
        Dictionary<(OrgUnitCode OrgUnit, Indicator Indicator, Measure Measure), UnitFigure> figures, RollupOptions options)
    {
        if (PeriodParts.PreviousInYear(week) is not { } previous)
        {
            yield break;
        }

        foreach (var ((orgUnit, indicator, measure), cumulative) in figures)
        {
            if (measure != Measure.Cumulative || orgUnit == District
                || !figures.TryGetValue((orgUnit, indicator, Measure.Period), out var amount))
            {
                continue;
            }

            var before = chosen.Where(f => f.Fact.OrgUnit == orgUnit && f.Indicator == indicator && f.Fact.Measure == Measure.Cumulative && f.Period.End <= previous.End).ToList();
            if (UnitFigureOf(previous, indicator, Measure.Cumulative, before, options) is { } earlier
                && CumulativeGaps.Find(week.Code, week, previous, indicator, amount, cumulative, earlier) is { } gap)
            {
                yield return gap;
            }
        }
    }

    private static UnitFigure? UnitFigureOf(Period week, Indicator indicator, Measure measure, List<FactInPeriod> facts, RollupOptions options)
    {
        if (measure == Measure.Period && indicator.TimeAggregation == Aggregation.Sum)
        {
            var weekly = facts.FirstOrDefault(f => f.Period == week);
            if (weekly is not null)
            {
                return new UnitFigure(weekly.Fact.OrgUnit, RollupAggregation.Sum, weekly.Fact.Value, weekly.Fact.Qualifier, [weekly], week.End);
            }

            var days = facts.Where(f => f.Period.Kind == PeriodKind.Day && f.Period.Start >= week.Start).ToList();
            return days.Count == 0 ? null
                : new UnitFigure(days[0].Fact.OrgUnit, RollupAggregation.Sum, days.Sum(f => f.Fact.Value),
                    CombineQualifiers(days.Select(f => f.Fact.Qualifier)), days, days.Max(f => f.Period.End));
        }

        var from = measure == Measure.Cumulative ? week.Start : RollupWindow.LookbackStart(week, options.LastLookbackWeeks);
        var latest = facts
            .Where(f => f.Period.End >= from)
            .OrderByDescending(f => f.Period.End)
            .ThenBy(f => f.Period.Kind == PeriodKind.Week ? 0 : 1)
            .ThenByDescending(f => f.Period.Start)
            .FirstOrDefault();
        return latest is null ? null
            : new UnitFigure(latest.Fact.OrgUnit, RollupAggregation.Last, latest.Fact.Value, latest.Fact.Qualifier, [latest], latest.Period.End);
    }

    private static WeeklyRollup ToRollup(Period week, OrgUnitCode orgUnit, Indicator indicator, Measure measure, UnitFigure figure) =>
        new(week.Code, week.Start, orgUnit, indicator.Code, measure, figure.Aggregation, figure.Value, figure.Qualifier, figure.ReportCount);
}
