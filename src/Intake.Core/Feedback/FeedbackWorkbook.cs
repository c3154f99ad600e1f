using Intake.Core.Catalog;
using Intake.Core.Messages;
using Intake.Core.Reports;
using Intake.Core.Submissions;
using Intake.Core.Workbooks;

namespace Intake.Core.Feedback;

/// <summary>
/// The feedback a department clerk opens in Excel: the outcome, then one row per issue with its
/// cell, indicator, what was found and what is expected; for an accepted report, the values taken.
/// Every text is made formula-safe, since it echoes what the uploader wrote.
/// </summary>
public static class FeedbackWorkbook
{
    public static string IssuesSheet => MessageCatalog.IssuesSheetName.Zh;
    public static string FactsSheet => MessageCatalog.FactsSheetName.Zh;

    /// <summary>The row (1-based) of the issues table's header.</summary>
    public const int IssueHeaderRow = 6;

    public static void Write(Stream output, ParseResult result, SubmissionStatus status, ReportCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(catalog);
        using var workbook = new XlsxWriter(output);
        var issues = workbook.AddSheet(IssuesSheet)
            .Row(Bold(MessageCatalog.FeedbackTitle.Zh)).Merge("A1:H1")
            .Row(MessageCatalog.FileLabel.Zh, Text(result.File))
            .Row(MessageCatalog.ReporterLabel.Zh, Text(NameOf(catalog, result.Reporter)), MessageCatalog.PeriodLabel.Zh, Text(result.Period?.Code ?? MessageCatalog.Unrecognised.Zh))
            .Row(MessageCatalog.ResultLabel.Zh, StatusText.Describe(result, status))
            .Row()
            .Row(Header(MessageCatalog.IssueColumns));
        var number = 0;
        foreach (var issue in result.Issues)
        {
            issues.Row(
                ++number,
                MessageCatalog.SeverityLabel(issue.Severity).Zh,
                Text(issue.Cell ?? MessageCatalog.WholeFile.Zh),
                Text(issue.Indicator is null ? null : catalog.IndicatorByCode(issue.Indicator)?.NameZh ?? issue.Indicator),
                Text(issue.Found),
                Text(issue.Expected),
                new StyledCell(Text(issue.MessageZh), CellStyle.Wrap),
                issue.Code);
        }

        if (result.OmittedErrors + result.OmittedWarnings > 0)
        {
            issues.Row(Text(MessageCatalog.IssuesOmitted(result.OmittedErrors, result.OmittedWarnings).Zh));
        }

        if (result.Facts.Count == 0)
        {
            return;
        }

        var facts = workbook.AddSheet(FactsSheet)
            .Row(Header(MessageCatalog.FactColumns));
        foreach (var fact in result.Facts)
        {
            facts.Row(
                Text(fact.Cell),
                Text(NameOf(catalog, fact.OrgUnit)),
                Text(catalog.IndicatorByCode(fact.Indicator)?.NameZh ?? fact.Indicator),
                MessageCatalog.MeasureName(fact.Measure).Zh,
                fact.Value,
                MessageCatalog.QualifierName(fact.Qualifier).Zh,
                Text(fact.Unit),
                Text(fact.Raw));
        }
    }

    private static string Text(string? text) => SpreadsheetText.Safe(text);

    private static StyledCell Bold(string text) => new(text, CellStyle.Bold);

    private static object?[] Header(IEnumerable<LocalizedText> columns) => columns.Select(c => (object?)Bold(c.Zh)).ToArray();

    private static string NameOf(ReportCatalog catalog, string? code) =>
        code is null ? MessageCatalog.Unrecognised.Zh : catalog.OrgUnitByCode(code)?.NameZh ?? code;

}
