using System.Text;
using Intake.Core.Catalog;
using Intake.Core.Messages;
using Intake.Core.Reports;
using Intake.Core.Submissions;

namespace Intake.Core.Feedback;

/// <summary>The human-readable feedback a clerk gets: the outcome, then every issue with the cell to fix.</summary>
public static class FeedbackText
{
    /// <param name="catalog">Names the reporter (填报单位：区城管局), as the clerk knows it, not by its code.</param>
    public static string Render(ParseResult result, SubmissionStatus status, ReportCatalog catalog, ReportLanguage language = ReportLanguage.Zh)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(catalog);
        var text = new StringBuilder();
        var reporter = result.Reporter is null ? null : catalog.OrgUnitByCode(result.Reporter);
        text.AppendLine(MessageCatalog.FeedbackFile(result.File).In(language));
        text.AppendLine(MessageCatalog.FeedbackSubject(reporter, result.Reporter, result.Period?.Code).In(language));
        text.AppendLine(MessageCatalog.FeedbackResult(StatusText.Outcome(result, status)).In(language));
        foreach (var issue in result.Issues)
        {
            text.AppendLine($"- [{MessageCatalog.SeverityLabel(issue.Severity).In(language)}] {issue.Located(language)}");
        }

        if (result.OmittedErrors + result.OmittedWarnings > 0)
        {
            text.AppendLine(MessageCatalog.IssuesOmitted(result.OmittedErrors, result.OmittedWarnings).In(language));
        }

        return text.ToString();
    }
}
