using Intake.Core.Catalog;
using Intake.Core.Periods;
using Intake.Core.Quantities;
using Intake.Core.Reports;

namespace Intake.Core.Rollups;

/// <summary>
/// The cross-period check <c>cumulative-gap</c>: within one year, an org unit's 累计 should grow from one period to
/// the next by exactly its amount for the later period. Only exact figures are checked (a bound such as 2000余 says
/// too little), and never across the start of a year, where 累计 begins again.
/// </summary>
internal static class CumulativeGaps
{
    public static ReconciliationItem? Find(string rolledUp, Period current, Period previous, Indicator indicator,
        UnitFigure amount, UnitFigure cumulative, UnitFigure earlier)
    {
        if (indicator.TimeAggregation != Aggregation.Sum
            || amount.Qualifier != Qualifier.Exact || cumulative.Qualifier != Qualifier.Exact || earlier.Qualifier != Qualifier.Exact)
        {
            return null;
        }

        var growth = cumulative.Value - earlier.Value;
        if (Math.Abs(growth - amount.Value) <= UnitFigures.Tolerance(growth, amount.Value))
        {
            return null;
        }

        var values = earlier.Parts.Select(p => p.ToValue(false))
            .Concat(cumulative.Parts.Select(p => p.ToValue(false)))
            .Concat(amount.Parts.Select(p => p.ToValue(true)))
            .ToList();
        return new ReconciliationItem(rolledUp, amount.OrgUnit, indicator.Code, Measure.Cumulative, ReconciliationKind.CumulativeGap,
            ReconciliationSide.Figure(amount.Value, Qualifier.Exact, current.Code),
            ReconciliationSide.Figure(growth, Qualifier.Exact, previous.Code),
            values)
        {
            BaseValue = earlier.Value,
        };
    }
}
