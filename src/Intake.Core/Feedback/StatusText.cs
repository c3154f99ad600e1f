using Intake.Core.Messages;
using Intake.Core.Reports;
using Intake.Core.Submissions;

namespace Intake.Core.Feedback;

/// <summary>What an outcome means to the clerk who uploaded the report, in one sentence.</summary>
public static class StatusText
{
    public static LocalizedText Outcome(ParseResult result, SubmissionStatus status)
    {
        ArgumentNullException.ThrowIfNull(result);
        return MessageCatalog.Outcome(status, result.Facts.Count, result.WarningCount, result.ErrorCount);
    }

    /// <summary>The outcome in Chinese, as the feedback workbook shows it.</summary>
    public static string Describe(ParseResult result, SubmissionStatus status) => Outcome(result, status).Zh;
}
