using Intake.Core.Catalog;
using Intake.Core.Quantities;
using Intake.Core.Reports;

namespace Intake.Core.Rollups;

/// <summary>One rolled-up value of an org unit (or the district), as documents show it: a week's or a longer period's.</summary>
public interface IRollupFigure
{
    OrgUnitCode OrgUnit { get; }

    IndicatorCode Indicator { get; }

    Measure Measure { get; }

    RollupAggregation Aggregation { get; }

    double Value { get; }

    Qualifier Qualifier { get; }

    int ReportCount { get; }
}
