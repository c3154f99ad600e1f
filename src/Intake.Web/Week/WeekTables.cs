namespace Intake.Web.Week;

/// <summary>The tables the week view reads, with the property names of the storage contract (DESIGN.md).</summary>
public static class WeekTables
{
    public const string WeeklyRollups = "IntakeWeeklyRollups";
    public const string Completeness = "IntakeCompleteness";
    public const string Reconciliation = "IntakeReconciliation";
}
