using Intake.Core.Reports;

namespace Intake.Core.Catalog;

/// <summary>
/// A check across indicators of one report (same reporter, org unit, period and measure):
/// <see cref="Left"/> is an indicator code, <see cref="Right"/> an indicator code or a number.
/// </summary>
public sealed record ConsistencyRule(
    string Code,
    string Left,
    RuleOperator Operator,
    string Right,
    Severity Severity,
    string MessageZh);
