namespace Intake.Core.Reports;

/// <summary>The outcome of validating one report.</summary>
public enum ReportStatus
{
    Accepted,
    AcceptedWithWarnings,
    Rejected,
}
