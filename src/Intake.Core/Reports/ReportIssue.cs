namespace Intake.Core.Reports;

/// <summary>
/// One problem found in a report, located at a cell where there is one; <see cref="Found"/> and
/// <see cref="Expected"/> (in Chinese) fill the feedback workbook's columns.
/// </summary>
public sealed record ReportIssue(
    Severity Severity,
    string Code,
    string? Cell,
    string? Indicator,
    string MessageZh,
    string MessageEn,
    string? Found = null,
    string? Expected = null)
{
    public string Message(ReportLanguage language) => language == ReportLanguage.En ? MessageEn : MessageZh;
}
