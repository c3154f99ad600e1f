using Intake.Core.Quantities;
using Intake.Core.Reports;

namespace Intake.Core.Layout;

/// <summary>
/// A value read from a sheet, before the report's reporter and period are settled:
/// <see cref="OrgUnit"/> and <see cref="Period"/> are null when the table does not say.
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
    bool IsTotal = false);
