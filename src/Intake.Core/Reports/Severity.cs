namespace Intake.Core.Reports;

/// <summary>An error rejects the whole report; a warning is stored with it.</summary>
public enum Severity
{
    Error,
    Warning,
}
