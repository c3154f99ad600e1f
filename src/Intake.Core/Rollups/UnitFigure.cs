using Intake.Core.Catalog;
using Intake.Core.Quantities;

namespace Intake.Core.Rollups;

/// <summary>One org unit's value of one indicator and measure for the week, with the facts it came from.</summary>
internal sealed record UnitFigure(
    OrgUnitCode OrgUnit,
    RollupAggregation Aggregation,
    double Value,
    Qualifier Qualifier,
    IReadOnlyList<FactInPeriod> Parts,
    DateOnly End)
{
    public int ReportCount => Parts.Select(p => p.Source.SubmissionId).Distinct(StringComparer.Ordinal).Count();
}
