namespace Intake.Core.Reports;

/// <summary>The issue codes of the contract (DESIGN.md); tools depend on these strings.</summary>
public static class IssueCodes
{
    public const string UnreadableFile = "unreadable-file";
    public const string NoData = "no-data";
    public const string UnknownIndicator = "unknown-indicator";
    public const string UnknownOrgUnit = "unknown-org-unit";
    public const string TypeError = "type-error";
    public const string ConstraintError = "constraint-error";
    public const string UnitMismatch = "unit-mismatch";
    public const string RuleViolation = "rule-violation";
    public const string TotalMismatch = "total-mismatch";
    public const string DuplicateValue = "duplicate-value";
    public const string PeriodMissing = "period-missing";
    public const string PeriodConflict = "period-conflict";
    public const string ReporterMissing = "reporter-missing";
    public const string ReporterConflict = "reporter-conflict";

    /// <summary>A warning: a column holding numbers that no header rule explains; it is not stored.</summary>
    public const string UnknownColumn = "unknown-column";

    /// <summary>A warning: a row holding numbers whose label names no indicator or org unit; it is not stored.</summary>
    public const string UnknownRow = "unknown-row";

    /// <summary>Two columns look equally like the indicator (or org-unit) column, and the header does not say which.</summary>
    public const string AmbiguousColumn = "ambiguous-column";

    /// <summary>A fact about an org unit that its reporter may not report (a unit reports about itself; DESIGN.md, Facts).</summary>
    public const string OrgUnitNotAllowed = "org-unit-not-allowed";

    /// <summary>A period before the first year of the catalog, or more than a year after today.</summary>
    public const string PeriodOutOfRange = "period-out-of-range";

    /// <summary>The upload failed to process again and again (the blob trigger's poison threshold) and was set aside.</summary>
    public const string ProcessingFailed = "processing-failed";
}
