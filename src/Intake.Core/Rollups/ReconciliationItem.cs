using Intake.Core.Reports;

namespace Intake.Core.Rollups;

/// <summary>
/// A number of the week that does not agree with another: <see cref="ChosenValue"/> is what the rollup used,
/// <see cref="OtherValue"/> the first value that disagrees with it, <see cref="Values"/> every value involved.
/// </summary>
public sealed record ReconciliationItem(
    string Week,
    string OrgUnit,
    string Indicator,
    Measure Measure,
    ReconciliationKind Kind,
    double ChosenValue,
    double OtherValue,
    IReadOnlyList<ReconciliationValue> Values,
    string Message);
