using Intake.Core.Catalog;
using Intake.Core.Periods;
using Intake.Core.Quantities;

namespace Intake.Core.Reports;

/// <summary>One number of a report, in the catalog unit of its indicator.</summary>
public sealed record Fact(
    OrgUnitCode Reporter,
    OrgUnitCode OrgUnit,
    IndicatorCode Indicator,
    Period Period,
    Measure Measure,
    double Value,
    Qualifier Qualifier,
    string Unit,
    string Raw,
    string Cell);
