using System.Text;
using Intake.Core.Reports;

namespace Intake.Storage.Ingestion;

/// <summary>
/// The feedback for an upload the pipeline gave up on: nothing in it was found wrong, so it names
/// no cell and asks for no correction; it says the office will look into it.
/// </summary>
public static class PoisonBlobFeedback
{
    private const string MessageZh = "系统多次处理本文件均未成功，已转交工作人员核查，核查后会与贵单位联系，暂不需要重新上传。";
    private const string MessageEn = "Processing this file failed repeatedly; the office will look into it and contact you. There is no need to upload it again for now.";

    /// <summary>A rejected result with one <see cref="IssueCodes.ProcessingFailed"/> error: the contract JSON's content.</summary>
    public static ParseResult Result(string blobName)
    {
        ArgumentException.ThrowIfNullOrEmpty(blobName);
        ReportIssue[] issues = [new(Severity.Error, IssueCodes.ProcessingFailed, null, null, MessageZh, MessageEn)];
        return new ParseResult(FileName(blobName), null, null, [], issues);
    }

    /// <summary>The plain-text feedback for the clerk, in Chinese and then in English.</summary>
    public static string Text(ParseResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new StringBuilder()
            .AppendLine($"文件：{result.File}")
            .AppendLine($"结果：未接收。{MessageZh}")
            .AppendLine()
            .AppendLine($"File: {result.File}")
            .AppendLine($"Result: not accepted. {MessageEn}")
            .ToString();
    }

    private static string FileName(string blobName) => blobName[(blobName.LastIndexOf('/') + 1)..];
}
