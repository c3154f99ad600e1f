using Intake.Core.Catalog;
using Intake.Core.Periods;
using Intake.Core.Reports;

namespace Intake.Core.Rollups;

/// <summary>
/// Rolls the current facts up into one month, quarter or year (<see cref="PeriodParts"/> says what counts where).
/// Per org unit, a fact stated for the period itself wins over its parts; otherwise a sum indicator's amount is its
/// quarters (for a year), months (for a quarter), else its weeks and the days no weekly figure covers (for a
/// month), each part again its own figure or its parts — never a period and its parts together. A period that
/// begins the year (January, Q1, the year) takes a unit's 累计 stated for it as its amount too, since the year to
/// date is then the period. <c>last</c> indicators and 累计 take the latest value counting in the period; the
/// district row follows <c>district_value</c> as for weeks. A month's 累计 is checked against the month before
/// (<c>cumulative-gap</c>).
/// </summary>
public static class PeriodRollupBuilder
{
    public static PeriodRollupResult Build(ReportCatalog catalog, Period period, IEnumerable<SourcedFact> facts)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(facts);
        if (period.Kind is not (PeriodKind.Month or PeriodKind.Quarter or PeriodKind.Year))
        {
            throw new ArgumentException($"Period rollups are built for months, quarters and years, not for '{period.Code}'.", nameof(period));
        }

        var previous = period.Kind == PeriodKind.Month ? PeriodParts.PreviousInYear(period) : null;
        var known = facts
            .Select(f => catalog.IndicatorByCode(f.Fact.Indicator) is { } i ? new FactInPeriod(f, i) : null)
            .OfType<FactInPeriod>()
            .Where(f => PeriodParts.CountsIn(f.Period, period) || (previous is not null && PeriodParts.CountsIn(f.Period, previous)) || Overlaps(f.Period, period))
            .ToList();
        var reconciliations = new List<ReconciliationItem>();
        var chosen = UnitFigures.OneValuePerPeriod(period.Code, p => PeriodParts.CountsIn(p, period), known, reconciliations);
        var byUnit = chosen.GroupBy(f => (f.Fact.OrgUnit, f.Indicator, f.Fact.Measure)).ToDictionary(g => g.Key, g => g.ToList());
        var figures = new Dictionary<(OrgUnitCode OrgUnit, Indicator Indicator, Measure Measure), UnitFigure>();
        foreach (var ((orgUnit, indicator, measure), unitFacts) in byUnit)
        {
            if (FigureOf(period, indicator, measure, unitFacts, byUnit.GetValueOrDefault((orgUnit, indicator, Measure.Cumulative))) is { } figure)
            {
                figures[(orgUnit, indicator, measure)] = figure;
            }
        }

        // A unit's 累计 stated for a period that begins the year is also its amount for that period.
        foreach (var ((orgUnit, indicator, measure), unitFacts) in byUnit.Where(x => x.Key.Measure == Measure.Cumulative))
        {
            if (indicator.TimeAggregation == Aggregation.Sum && !figures.ContainsKey((orgUnit, indicator, Measure.Period))
                && FigureOf(period, indicator, Measure.Period, [], unitFacts) is { } figure)
            {
                figures[(orgUnit, indicator, Measure.Period)] = figure;
            }
        }

        var rollups = figures.Where(x => x.Key.OrgUnit != WeeklyRollupBuilder.District)
            .Select(x => ToRollup(period, x.Key.OrgUnit, x.Key.Indicator, x.Key.Measure, x.Value))
            .ToList();
        foreach (var group in figures.GroupBy(x => (x.Key.Indicator, x.Key.Measure)))
        {
            var district = UnitFigures.DistrictFigure(catalog, period.Code, group.Key.Indicator, group.Key.Measure,
                group.ToDictionary(x => x.Key.OrgUnit, x => x.Value), reconciliations);
            if (district is not null)
            {
                rollups.Add(ToRollup(period, WeeklyRollupBuilder.District, group.Key.Indicator, group.Key.Measure, district));
            }
        }

        if (previous is not null)
        {
            reconciliations.AddRange(Gaps(catalog, period, previous, figures, byUnit));
        }

        return new PeriodRollupResult(
            rollups.OrderBy(r => r.OrgUnit).ThenBy(r => r.Indicator).ThenBy(r => r.Measure).ToList(),
            reconciliations.OrderBy(r => r.OrgUnit).ThenBy(r => r.Indicator).ThenBy(r => r.Measure).ThenBy(r => r.Kind).ToList());
    }

    private static UnitFigure? FigureOf(Period period, Indicator indicator, Measure measure, List<FactInPeriod> facts, List<FactInPeriod>? cumulative)
    {
        var inPeriod = facts.Where(f => PeriodParts.CountsIn(f.Period, period)).ToList();
        if (measure == Measure.Period && indicator.TimeAggregation == Aggregation.Sum)
        {
            // A week counting in the month before still covers its days in this one.
            var weeks = facts.Where(f => f.Period.Kind == PeriodKind.Week).Select(f => f.Period).ToHashSet();
            return Amount(period, inPeriod, cumulative ?? [], weeks);
        }

        var own = inPeriod.FirstOrDefault(f => f.Period == period);
        var latest = own ?? inPeriod
            .OrderByDescending(f => f.Period.End)
            .ThenByDescending(f => f.Period.End.DayNumber - f.Period.Start.DayNumber)
            .FirstOrDefault();
        return latest is null ? null : Single(latest, RollupAggregation.Last);
    }

    // A sum indicator's amount for one org unit: the figure stated for the period, its 累计 when the period begins
    // the year, else its parts, each again by this rule.
    private static UnitFigure? Amount(Period period, List<FactInPeriod> facts, List<FactInPeriod> cumulative, HashSet<Period> weeks)
    {
        if (facts.FirstOrDefault(f => f.Period == period) is { } own)
        {
            return Single(own, RollupAggregation.Sum);
        }

        if (PeriodParts.StartsYear(period) && cumulative.FirstOrDefault(f => f.Period == period) is { } yearToDate)
        {
            return Single(yearToDate, RollupAggregation.Sum);
        }

        var parts = period.Kind == PeriodKind.Month
            ? WeeksAndLooseDays(facts, weeks).Select(f => Single(f, RollupAggregation.Sum)).ToList()
            : PeriodParts.Children(period)
                .Select(child => Amount(child, facts.Where(f => PeriodParts.CountsIn(f.Period, child)).ToList(), cumulative, weeks))
                .OfType<UnitFigure>()
                .ToList();
        return parts.Count == 0 ? null
            : new UnitFigure(parts[0].OrgUnit, RollupAggregation.Sum, parts.Sum(p => p.Value),
                WeeklyRollupBuilder.CombineQualifiers(parts.Select(p => p.Qualifier)), parts.SelectMany(p => p.Parts).ToList(), parts.Max(p => p.End));
    }

    // A month's parts: the unit's weekly figures of the weeks counting in it, and its day figures of the days whose
    // week has no weekly figure (a weekly figure wins over the days of its week, as in the weekly rollup).
    private static IEnumerable<FactInPeriod> WeeksAndLooseDays(List<FactInPeriod> facts, HashSet<Period> weeks) =>
        facts.Where(f => f.Period.Kind == PeriodKind.Week)
            .Concat(facts.Where(f => f.Period.Kind == PeriodKind.Day && !weeks.Contains(Period.Week(f.Period.Start))));

    private static bool Overlaps(Period part, Period whole) => part.Start <= whole.End && part.End >= whole.Start;

    private static IEnumerable<ReconciliationItem> Gaps(ReportCatalog catalog, Period month, Period previous,
        Dictionary<(OrgUnitCode OrgUnit, Indicator Indicator, Measure Measure), UnitFigure> figures,
        Dictionary<(OrgUnitCode OrgUnit, Indicator Indicator, Measure Measure), List<FactInPeriod>> byUnit)
    {
        foreach (var ((orgUnit, indicator, measure), cumulative) in figures)
        {
            if (measure != Measure.Cumulative || orgUnit == WeeklyRollupBuilder.District
                || !figures.TryGetValue((orgUnit, indicator, Measure.Period), out var amount))
            {
                continue;
            }

            var earlierFacts = byUnit.GetValueOrDefault((orgUnit, indicator, Measure.Cumulative)) ?? [];
            if (FigureOf(previous, indicator, Measure.Cumulative, earlierFacts, null) is { } earlier
                && CumulativeGaps.Find(month.Code, month, previous, indicator, amount, cumulative, earlier) is { } gap)
            {
                yield return gap;
            }
        }
    }

    private static UnitFigure Single(FactInPeriod fact, RollupAggregation aggregation) =>
        new(fact.Fact.OrgUnit, aggregation, fact.Fact.Value, fact.Fact.Qualifier, [fact], fact.Period.End);

    private static PeriodRollup ToRollup(Period period, OrgUnitCode orgUnit, Indicator indicator, Measure measure, UnitFigure figure) =>
        new(period.Code, period.Start, period.End, orgUnit, indicator.Code, measure, figure.Aggregation, figure.Value, figure.Qualifier, figure.ReportCount, figure.End);
}
