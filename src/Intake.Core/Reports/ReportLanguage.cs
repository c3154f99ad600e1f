namespace Intake.Core.Reports;

/// <summary>The language of the messages given back to a department.</summary>
public enum ReportLanguage
{
    Zh,
    En,
}
