using Intake.Core.Reports;

namespace Intake.Core.Catalog;

/// <summary>
/// A check across indicators of one report (same reporter, org unit, period and measure):
/// <see cref="Left"/> is an indicator code, <see cref="Right"/> an indicator code or a number. A number is a target
/// that documents phrase a figure against; <see cref="TargetZh"/> names it, <c>{value}</c> standing for the number
/// (<c>省定{value}的控制目标</c>); empty: <c>{value}的控制目标</c>.
/// </summary>
public sealed record ConsistencyRule(
    string Code,
    IndicatorCode Left,
    RuleOperator Operator,
    string Right,
    Severity Severity,
    string MessageZh,
    string TargetZh = "");
