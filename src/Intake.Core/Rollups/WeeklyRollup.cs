using Intake.Core.Catalog;
using Intake.Core.Quantities;
using Intake.Core.Reports;

namespace Intake.Core.Rollups;

/// <summary>
/// One indicator of one org unit (or the district) for one ISO week; <see cref="ReportCount"/> counts the
/// submissions whose facts went into it.
/// </summary>
public sealed record WeeklyRollup(
    string Week,
    DateOnly WeekStart,
    OrgUnitCode OrgUnit,
    IndicatorCode Indicator,
    Measure Measure,
    RollupAggregation Aggregation,
    double Value,
    Qualifier Qualifier,
    int ReportCount) : IRollupFigure;
