namespace Intake.Core.Rollups;

/// <summary>What kind of disagreement a reconciliation item records.</summary>
public enum ReconciliationKind
{
    /// <summary>Two current reports give the same fact (org unit, indicator, measure, period) different values.</summary>
    Conflict,

    /// <summary>An owner department's district figure differs from the sum over the org units that reported.</summary>
    OwnerVsUnits,

    /// <summary>
    /// An org unit's cumulative figure grew by another amount than its figure for the period says
    /// (累计 of W13 − 累计 of W12 ≠ 本周 of W13, within one year): China's 联网直报 calls the check 逻辑审核.
    /// </summary>
    CumulativeGap,
}
