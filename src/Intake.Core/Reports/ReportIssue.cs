using Intake.Core.Catalog;
using Intake.Core.Messages;

namespace Intake.Core.Reports;

/// <summary>
/// One problem found in a report, located at a cell where there is one. <see cref="Text"/> comes from
/// the <see cref="MessageCatalog"/> and never names the cell itself; <see cref="Found"/> and
/// <see cref="Expected"/> (in Chinese) fill the feedback workbook's columns.
/// </summary>
public sealed record ReportIssue(
    Severity Severity,
    string Code,
    string? Cell,
    IndicatorCode? Indicator,
    LocalizedText Text,
    string? Found = null,
    string? Expected = null)
{
    public string MessageZh => Text.Zh;

    public string MessageEn => Text.En;

    public string Message(ReportLanguage language) => Text.In(language);

    /// <summary>The message with its cell in front, as a line of text shows it: <c>督查!B5：…</c>.</summary>
    public string Located(ReportLanguage language) =>
        Cell is null ? Message(language) : $"{Cell}{(language == ReportLanguage.En ? ": " : "：")}{Message(language)}";
}
