namespace Intake.Core.Rollups;

/// <summary>What kind of disagreement a reconciliation item records.</summary>
public enum ReconciliationKind
{
    /// <summary>Two current reports give the same fact (org unit, indicator, measure, period) different values.</summary>
    Conflict,

    /// <summary>An owner department's district figure differs from the sum over the org units that reported.</summary>
    OwnerVsUnits,
}
