using Intake.Core.Catalog;
using Intake.Core.Reports;

namespace Intake.Core.Rollups;

/// <summary>
/// A number of the period that does not agree with another. <see cref="Chosen"/> is what the rollup used,
/// <see cref="Other"/> the first value that disagrees with it (for <c>owner-vs-units</c> the units' sum, for
/// <c>cumulative-gap</c> how much the 累计 grew since <see cref="ReconciliationSide.Period"/>), <see cref="Values"/>
/// every value involved. The item holds data only: its sentence is written where it is shown
/// (<see cref="Messages.MessageCatalog.Reconciliation"/>), in the reader's language.
/// </summary>
public sealed record ReconciliationItem(
    string Week,
    OrgUnitCode OrgUnit,
    IndicatorCode Indicator,
    Measure Measure,
    ReconciliationKind Kind,
    ReconciliationSide Chosen,
    ReconciliationSide Other,
    IReadOnlyList<ReconciliationValue> Values)
{
    public double ChosenValue => Chosen.Value;

    public double OtherValue => Other.Value;

    /// <summary><c>owner-vs-units</c>: how many org units the units' sum is over; otherwise 0.</summary>
    public int UnitCount { get; init; }

    /// <summary><c>cumulative-gap</c>: the 累计 of <see cref="Other"/>'s period, which the growth starts from; otherwise null.</summary>
    public double? BaseValue { get; init; }
}
