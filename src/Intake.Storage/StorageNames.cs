namespace Intake.Storage;

/// <summary>The table and container names of the storage contract (DESIGN.md); downstream tools depend on them.</summary>
public static class StorageNames
{
    public const string SubmissionsTable = "IntakeSubmissions";
    public const string FactsTable = "IntakeFacts";
    public const string WeeklyRollupsTable = "IntakeWeeklyRollups";
    public const string CompletenessTable = "IntakeCompleteness";
    public const string ReconciliationTable = "IntakeReconciliation";
    public const string PeriodRollupsTable = "IntakePeriodRollups";

    /// <summary>The catalog's org units and indicators, by code, so that BI tools show their Chinese names.</summary>
    public const string OrgUnitsTable = "IntakeOrgUnits";
    public const string IndicatorsTable = "IntakeIndicators";

    /// <summary>Internal: the weeks whose rollups must be built again, and the last week the timer built.</summary>
    public const string RollupStateTable = "IntakeRollupState";

    /// <summary>Who may use the web page as which unit: one row per signed-in user.</summary>
    public const string WebUsersTable = "IntakeWebUsers";

    public const string InboxContainer = "reports-inbox";
    public const string ArchiveContainer = "reports-archive";
    public const string RejectedContainer = "reports-rejected";
    public const string FeedbackContainer = "reports-feedback";

    /// <summary>Internal: one empty blob per report whose lease serializes the versions of that report.</summary>
    public const string LocksContainer = "intake-locks";

    /// <summary>The name of the connection setting, shared by the function app's triggers and the CLI.</summary>
    public const string ConnectionSetting = "IntakeStorage";
}
