using Intake.Core.Catalog;
using Intake.Core.Periods;
using Intake.Core.Quantities;
using Intake.Core.Reports;

namespace Intake.Core.Rollups;

/// <summary>
/// Combines the current facts whose period lies inside one ISO week (the week itself or its days)
/// into one value per org unit and indicator, and into a district total.
/// </summary>
public static class WeeklyRollupBuilder
{
    public const string District = "shangjie";

    public static IReadOnlyList<WeeklyRollup> Build(ReportCatalog catalog, Period week, IEnumerable<Fact> facts)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(week);
        var inWeek = facts
            .Where(f => Period.TryParse(f.Period, out var p) && p.Start >= week.Start && p.End <= week.End)
            .Where(f => catalog.IndicatorByCode(f.Indicator) is not null)
            .ToList();
        var perUnit = OneValuePerPeriod(inWeek)
            .GroupBy(f => (f.OrgUnit, f.Indicator, f.Measure))
            .Select(g => Combine(week, g.Key.OrgUnit, catalog.IndicatorByCode(g.Key.Indicator)!, g.Key.Measure, g.ToList()))
            .ToList();
        var district = perUnit
            .Where(r => r.OrgUnit != District)
            .GroupBy(r => (r.Indicator, r.Measure))
            .Select(g => CombineUnits(week, catalog.IndicatorByCode(g.Key.Indicator)!, g.Key.Measure, g.ToList()));
        return perUnit.Concat(district).ToList();
    }

    // A township's number may come twice: from its own report and from a department's table of
    // townships. It is one quantity, not two: the org unit's own report wins, else the first reporter.
    private static IEnumerable<Fact> OneValuePerPeriod(IEnumerable<Fact> facts) =>
        facts
            .GroupBy(f => (f.OrgUnit, f.Indicator, f.Measure, f.Period))
            .Select(g => g.OrderBy(f => f.Reporter == f.OrgUnit ? 0 : 1).ThenBy(f => f.Reporter, StringComparer.Ordinal).First());

    private static WeeklyRollup Combine(Period week, string orgUnit, Indicator indicator, Measure measure, List<Fact> facts)
    {
        var aggregation = measure == Measure.Cumulative ? Aggregation.Last : indicator.TimeAggregation;
        var ordered = facts.OrderBy(f => Period.TryParse(f.Period, out var p) ? p.End : DateOnly.MinValue).ToList();
        var value = aggregation == Aggregation.Sum ? ordered.Sum(f => f.Value) : ordered[^1].Value;
        var qualifier = aggregation == Aggregation.Sum ? CombineQualifiers(ordered.Select(f => f.Qualifier)) : ordered[^1].Qualifier;
        return new WeeklyRollup(week.Code, week.Start, orgUnit, indicator.Code, measure, aggregation, value, qualifier, facts.Count);
    }

    private static WeeklyRollup CombineUnits(Period week, Indicator indicator, Measure measure, List<WeeklyRollup> units)
    {
        var sum = indicator.UnitAggregation == Aggregation.Sum;
        var last = units[^1];
        return new WeeklyRollup(week.Code, week.Start, District, indicator.Code, measure, indicator.UnitAggregation,
            sum ? units.Sum(u => u.Value) : last.Value,
            sum ? CombineQualifiers(units.Select(u => u.Qualifier)) : last.Qualifier,
            units.Sum(u => u.ReportCount));
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
}
