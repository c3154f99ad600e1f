using Intake.Core.Quantities;
using Intake.Core.Reports;

namespace Intake.Core.Layout;

/// <summary>
/// A value read from a sheet, before the report's reporter and period are settled:
/// <see cref="OrgUnit"/> and <see cref="Period"/> are null when the table does not say.
/// <see cref="Group"/> numbers the run of rows between subtotals, so that a 小计 checks its own rows.
/// </summary>
public sealed record RawFact(
    string? OrgUnit,
    string Indicator,
    string? Period,
    Measure Measure,
    double Value,
    Qualifier Qualifier,
    string Unit,
    string Raw,
    string Cell,
    TotalKind Total = TotalKind.None,
    int Group = 0)
{
    public bool IsTotal => Total != TotalKind.None;
}
