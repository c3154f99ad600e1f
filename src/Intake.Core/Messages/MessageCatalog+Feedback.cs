namespace Intake.Core.Messages;

/// <summary>The words of the feedback workbook a clerk opens in Excel: its sheets, its heading and its columns.</summary>
public static partial class MessageCatalog
{
    public static LocalizedText IssuesSheetName => T("问题清单", "Issues");

    public static LocalizedText FactsSheetName => T("已接收数据", "Values received");

    public static LocalizedText FeedbackTitle => T("上街区报表接收反馈", "Shangjie District report intake feedback");

    public static LocalizedText FileLabel => T("文件", "File");

    public static LocalizedText ReporterLabel => T("填报单位", "Reporter");

    public static LocalizedText PeriodLabel => T("报告期", "Period");

    public static LocalizedText ResultLabel => T("结果", "Result");

    /// <summary>What stands for a reporter or a period that could not be read.</summary>
    public static LocalizedText Unrecognised => T("未识别", "unknown");

    /// <summary>The cell of an issue about the whole file rather than one cell.</summary>
    public static LocalizedText WholeFile => T("（整个文件）", "(whole file)");

    /// <summary>The columns of the issues sheet: number, severity, cell, indicator, found, expected, message, code.</summary>
    public static IReadOnlyList<LocalizedText> IssueColumns =>
    [
        T("序号", "No."), T("类别", "Severity"), T("单元格", "Cell"), IndicatorColumn,
        T("填报内容", "Found"), T("应填写", "Expected"), T("问题说明", "Problem"), T("问题代码", "Code"),
    ];

    /// <summary>The columns of the values sheet: cell, org unit, indicator, measure, value, qualifier, unit, text as written.</summary>
    public static IReadOnlyList<LocalizedText> FactColumns =>
    [
        T("单元格", "Cell"), T("单位（乡镇街道/部门）", "Org unit (township or department)"), IndicatorColumn, MeasureColumn,
        T("数值", "Value"), T("限定", "Qualifier"), MeasurementUnitColumn, T("原文", "As written"),
    ];
}
