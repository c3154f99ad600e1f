namespace Intake.Core.Reports;

/// <summary>One problem found in a report, located at a cell where there is one.</summary>
public sealed record ReportIssue(
    Severity Severity,
    string Code,
    string? Cell,
    string? Indicator,
    string MessageZh,
    string MessageEn)
{
    public string Message(ReportLanguage language) => language == ReportLanguage.En ? MessageEn : MessageZh;
}
