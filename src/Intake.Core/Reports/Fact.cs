using Intake.Core.Periods;
using Intake.Core.Quantities;

namespace Intake.Core.Reports;

/// <summary>One number of a report, in the catalog unit of its indicator.</summary>
public sealed record Fact(
    string Reporter,
    string OrgUnit,
    string Indicator,
    Period Period,
    Measure Measure,
    double Value,
    Qualifier Qualifier,
    string Unit,
    string Raw,
    string Cell);
