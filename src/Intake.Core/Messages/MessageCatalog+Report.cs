using Intake.Core.Submissions;

namespace Intake.Core.Messages;

/// <summary>What is wrong with the report as a whole, and how an outcome is told to the clerk.</summary>
public static partial class MessageCatalog
{
    public static LocalizedText NoValues => T("表格中没有填写任何数值", "the table holds no values");

    public static LocalizedText NoTable =>
        T("文件中没有找到指标表格：表头应有“指标”“本期/累计”列，或“乡镇（街道）”列和指标名称列",
          "no indicator table found (a header with 指标 and 本期/累计, or 乡镇（街道） and indicator names)");

    public static LocalizedText SheetWithoutTable(string? sheet) =>
        T($"{(sheet is null ? "文件" : $"工作表“{sheet}”")}填有数字，但没有找到说明它们是哪些指标的表头，这些数字未入库；如需上报，请加上“指标”“本期/累计”或“乡镇（街道）”等表头",
          $"{(sheet is null ? "the file" : $"the sheet '{sheet}'")} holds numbers under no header that says what they are; they were not stored");

    public static LocalizedText ReporterMissing =>
        T("无法确定填报单位：请在表头写“填报单位：××”，或在文件名中写明单位（如“城管局2022年第13周周报.xlsx”）",
          "the reporter is not known: write 填报单位：… in the sheet or name the reporter in the file name");

    public static LocalizedText PeriodMissing =>
        T("无法确定报告期：请在表头写“报告期：2022年第13周”，或在文件名中写明（如“峡窝镇2022年第13周周报.xlsx”）",
          "the period is not known: write 报告期：2022年第13周 in the sheet or put the week in the file name");

    public static LocalizedText PeriodWithoutYear(string written) =>
        T($"报告期“{written}”没有写年份，文件中也没有其他地方写明年份，请写明年份，如“2022年{written}”",
          $"the period '{written}' has no year, and nothing else in the report gives one");

    public static LocalizedText GivenReporterUnknown(string reporter) =>
        T($"指定的填报单位“{reporter}”不是上街区的部门或乡镇（街道）", $"the given reporter '{reporter}' is not a department or township of the catalog");

    public static LocalizedText GivenPeriodInvalid(string period) =>
        T($"指定的报告期“{period}”无效，应写作 2022-W13、2022-03、2022-Q1、2022 或 2022-03-28",
          $"the given period '{period}' is not valid (2022-W13, 2022-03, 2022-Q1, 2022, 2022-03-28)");

    public static LocalizedText ReporterConflict(IEnumerable<LocalizedText> readings) => Conflict("填报单位", "reporter", readings);

    public static LocalizedText PeriodConflict(IEnumerable<LocalizedText> readings) => Conflict("报告期", "period", readings);

    /// <summary>Where a reporter or period was read, and what it said there.</summary>
    public static LocalizedText Reading(Metadata.MetadataSource source, string? cell, string evidence, string code) => source switch
    {
        Metadata.MetadataSource.Explicit => T($"上传时指定的“{evidence}”为 {code}", $"the given '{evidence}' gives {code}"),
        Metadata.MetadataSource.Cell or Metadata.MetadataSource.FilingDate => T($"单元格 {cell} 的“{evidence}”为 {code}", $"cell {cell} '{evidence}' gives {code}"),
        Metadata.MetadataSource.FileName => T($"文件名“{evidence}”为 {code}", $"the file name '{evidence}' gives {code}"),
        _ => T($"上传路径“{evidence}”为 {code}", $"the blob path '{evidence}' gives {code}"),
    };

    public static LocalizedText ProcessingFailed =>
        T("系统多次处理本文件均未成功，已转交工作人员核查，核查后会与贵单位联系，暂不需要重新上传。",
          "Processing this file failed repeatedly; the office will look into it and contact you. There is no need to upload it again for now.");

    /// <summary>What a submission's state means to the clerk who uploaded it, in one sentence.</summary>
    public static LocalizedText Outcome(SubmissionStatus status, int facts, int warnings, int errors) => status switch
    {
        SubmissionStatus.Accepted => T($"已接收，共 {facts} 项数据。", $"accepted: {facts} values."),
        SubmissionStatus.AcceptedWithWarnings => T($"已接收，共 {facts} 项数据，有 {warnings} 条提醒，请核实。", $"accepted: {facts} values, {warnings} warnings to check."),
        SubmissionStatus.Duplicate => T("与已接收的版本内容完全相同，未作改动。", "identical to the version already accepted; nothing changed."),
        SubmissionStatus.Superseded => T("已有更新的版本，本版本未采用。", "a newer version exists; this one was not used."),
        SubmissionStatus.Rejected => T($"未接收，有 {errors} 处错误，请修改下列单元格后重新上传。", $"not accepted: {errors} errors; fix the cells below and upload again."),
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static LocalizedText IssuesOmitted(int errors, int warnings) =>
        T($"……另有 {errors} 处错误、{warnings} 条提醒未列出：同类问题请一并修改", $"… and {errors} more errors and {warnings} more warnings not listed");

    public static LocalizedText FeedbackFile(string file) => T($"{FileLabel.Zh}：{file}", $"{FileLabel.En}: {file}");

    /// <param name="reporter">The reporter as the catalog names it, or null when it is unknown or not in the catalog.</param>
    /// <param name="code">The reporter's code, shown when the catalog has no name for it.</param>
    public static LocalizedText FeedbackSubject(Catalog.OrgUnit? reporter, string? code, string? period) =>
        T($"{ReporterLabel.Zh}：{reporter?.NameZh ?? code ?? Unrecognised.Zh}　{PeriodLabel.Zh}：{period ?? Unrecognised.Zh}",
          $"{ReporterLabel.En}: {reporter?.NameEn ?? code ?? Unrecognised.En}  {PeriodLabel.En}: {period ?? Unrecognised.En}");

    /// <summary>A submission's state in a word: accepted → 已接收.</summary>
    public static LocalizedText StatusName(SubmissionStatus status) => status switch
    {
        SubmissionStatus.Accepted => T("已接收", "accepted"),
        SubmissionStatus.AcceptedWithWarnings => T("已接收（有提醒）", "accepted with warnings"),
        SubmissionStatus.Duplicate => T("重复上传", "duplicate"),
        SubmissionStatus.Superseded => T("已被新版本替代", "superseded"),
        SubmissionStatus.Rejected => T("未接收", "rejected"),
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    /// <summary>One upload's outcome in one line, as <c>intake ingest</c> and <c>intake demo</c> print it.</summary>
    public static LocalizedText OutcomeLine(SubmissionStatus status, Catalog.OrgUnit? reporter, string? code, string? period, int facts, string file) =>
        T($"{StatusName(status).Zh}　{reporter?.NameZh ?? code ?? "未识别单位"}　{period ?? "未识别报告期"}　{facts} 项　{file}",
          $"{StatusName(status).En}  {reporter?.NameEn ?? code ?? "unknown reporter"}  {period ?? "unknown period"}  {facts} facts  {file}");

    public static LocalizedText FeedbackResult(LocalizedText outcome) => T($"{ResultLabel.Zh}：{outcome.Zh}", $"{ResultLabel.En}: {outcome.En}");

    public static LocalizedText SeverityLabel(Reports.Severity severity) =>
        severity == Reports.Severity.Error ? T("错误", "error") : T("提醒", "warning");

    private static LocalizedText Conflict(string nameZh, string nameEn, IEnumerable<LocalizedText> readings)
    {
        var list = readings.ToList();
        return T($"{nameZh}不一致：{string.Join("；", list.Select(r => r.Zh))}。请统一后重新上传",
                 $"the {nameEn} sources disagree: {string.Join("; ", list.Select(r => r.En))}");
    }
}
