using Intake.Core.Catalog;
using Intake.Core.Quantities;

namespace Intake.Core.Rollups;

/// <summary>
/// One side of a reconciliation item, as its sentence names it: the value and its qualifier, who gave it
/// (<see cref="Reporter"/>; for <c>owner-vs-units</c> the owner on the chosen side and nobody on the units' sum),
/// the period it is for, and the file and cell it was read from (empty where the side is a sum or a difference).
/// </summary>
public sealed record ReconciliationSide(double Value, Qualifier Qualifier, OrgUnitCode? Reporter, string Period, string File, string Cell)
{
    public static ReconciliationSide Of(ReconciliationValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new(value.Value, value.Qualifier, value.Reporter, value.Period, value.File, value.Cell);
    }

    /// <summary>A figure no single reporter gave (a sum, a difference): its value and period only.</summary>
    public static ReconciliationSide Figure(double value, Qualifier qualifier, string period) =>
        new(value, qualifier, null, period, string.Empty, string.Empty);
}
