using Intake.Core.Messages;
using System.Text;
using Intake.Core.Reports;

namespace Intake.Storage.Ingestion;

/// <summary>
/// The feedback for an upload the pipeline gave up on: nothing in it was found wrong, so it names
/// no cell and asks for no correction; it says the office will look into it.
/// </summary>
public static class PoisonBlobFeedback
{
    /// <summary>A rejected result with one <see cref="IssueCodes.ProcessingFailed"/> error: the contract JSON's content.</summary>
    public static ParseResult Result(string blobName)
    {
        ArgumentException.ThrowIfNullOrEmpty(blobName);
        ReportIssue[] issues = [new(Severity.Error, IssueCodes.ProcessingFailed, null, null, MessageCatalog.ProcessingFailed)];
        return new ParseResult(FileName(blobName), null, null, [], issues);
    }

    /// <summary>The plain-text feedback for the clerk, in Chinese and then in English.</summary>
    public static string Text(ParseResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var (file, outcome) = (MessageCatalog.FeedbackFile(result.File), MessageCatalog.FeedbackResult(MessageCatalog.GaveUpOutcome));
        return new StringBuilder()
            .AppendLine(file.Zh)
            .AppendLine(outcome.Zh)
            .AppendLine()
            .AppendLine(file.En)
            .AppendLine(outcome.En)
            .ToString();
    }

    private static string FileName(string blobName) => blobName[(blobName.LastIndexOf('/') + 1)..];
}
