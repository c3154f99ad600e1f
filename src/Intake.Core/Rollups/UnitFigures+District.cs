using Intake.Core.Catalog;
using Intake.Core.Periods;
using Intake.Core.Reports;

namespace Intake.Core.Rollups;

internal static partial class UnitFigures
{
    private static readonly OrgUnitCode District = WeeklyRollupBuilder.District;

    // owner: the owning department's own figure, else a figure stated for the district itself (a 全区 row), else
    // the org units combined. sum: all org units combined, departments included, each counted once.
    public static UnitFigure? DistrictFigure(ReportCatalog catalog, string rolledUp, Indicator indicator, Measure measure,
        Dictionary<OrgUnitCode, UnitFigure> figures, List<ReconciliationItem> reconciliations)
    {
        var stated = figures.GetValueOrDefault(District);
        var owner = catalog.OwnerOf(indicator)?.Code;
        var units = figures.Values
            .Where(f => f.OrgUnit != District && f.OrgUnit != owner)
            .OrderBy(f => f.OrgUnit)
            .ToList();
        if (owner is null)
        {
            return Combine(indicator.UnitAggregation, units) ?? stated;
        }

        var own = figures.GetValueOrDefault(owner.Value) ?? stated;
        var combined = Combine(indicator.UnitAggregation, units);
        if (own is null)
        {
            return combined;
        }

        if (combined is not null && indicator.UnitAggregation == Aggregation.Sum && Math.Abs(own.Value - combined.Value) > Tolerance(own.Value, combined.Value))
        {
            reconciliations.Add(new ReconciliationItem(rolledUp, own.OrgUnit, indicator.Code, measure, ReconciliationKind.OwnerVsUnits,
                new ReconciliationSide(own.Value, own.Qualifier, own.OrgUnit, rolledUp, string.Empty, string.Empty),
                ReconciliationSide.Figure(combined.Value, combined.Qualifier, rolledUp),
                own.Parts.Select(p => p.ToValue(true)).Concat(combined.Parts.Select(p => p.ToValue(false))).ToList())
            {
                UnitCount = units.Count,
            });
        }

        return own with { Aggregation = RollupAggregation.Owner };
    }

    public static UnitFigure? Combine(Aggregation aggregation, List<UnitFigure> units)
    {
        if (units.Count == 0)
        {
            return null;
        }

        if (aggregation == Aggregation.Last)
        {
            var latest = units.OrderByDescending(u => u.End).ThenBy(u => u.OrgUnit).First();
            return latest with { OrgUnit = District };
        }

        return new UnitFigure(District, RollupAggregation.Sum, units.Sum(u => u.Value),
            WeeklyRollupBuilder.CombineQualifiers(units.Select(u => u.Qualifier)), units.SelectMany(u => u.Parts).ToList(), units.Max(u => u.End));
    }
}
