using Intake.Core.Catalog;
using Intake.Core.Quantities;
using Intake.Core.Reports;

namespace Intake.Core.Rollups;

/// <summary>
/// One indicator of one org unit (or the district) for a month, quarter or year (a row of IntakePeriodRollups).
/// <see cref="AsOf"/> is the last day of the latest period the value was taken from: the period's own end for a
/// figure stated for it, the end of a week that counts in it (and may end after it) for a cumulative one.
/// </summary>
public sealed record PeriodRollup(
    string Period,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    OrgUnitCode OrgUnit,
    IndicatorCode Indicator,
    Measure Measure,
    RollupAggregation Aggregation,
    double Value,
    Qualifier Qualifier,
    int ReportCount,
    DateOnly AsOf) : IRollupFigure;
