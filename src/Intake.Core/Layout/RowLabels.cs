using Intake.Core.Catalog;

namespace Intake.Core.Layout;

/// <summary>Row labels that are not data: totals and the footer lines under a table.</summary>
public static class RowLabels
{
    private static readonly HashSet<string> Totals =
        ["合计", "总计", "小计", "全区合计", "全区", "合计数", "总数", "total"];

    private static readonly string[] FooterPrefixes =
        ["填报人", "填表人", "审核人", "审核", "负责人", "联系人", "联系电话", "填报日期", "填表日期", "报送日期", "制表", "备注", "说明", "注:"];

    private static readonly HashSet<string> TotalSheets = ["汇总", "汇总表", "总表", "合计", "合计表", "全区"];

    /// <summary>True for a 汇总 sheet beside one sheet per org unit: its values are totals of the others.</summary>
    public static bool IsTotalSheet(string? sheetName) => TotalSheets.Contains(NameNormalizer.Normalize(sheetName));

    /// <summary>True for 合计/总计/小计 rows: checked against the sum of their rows, never stored.</summary>
    public static bool IsTotal(string? label) => Totals.Contains(NameNormalizer.Normalize(label));

    private static readonly string[] RemarkPrefixes = ["备注", "说明", "注:", "填表说明"];

    /// <summary>True for 备注/说明 lines: free text that names no period or reporter of the report.</summary>
    public static bool IsRemark(string? text)
    {
        var key = NameNormalizer.Normalize(text);
        return RemarkPrefixes.Any(p => key.StartsWith(p, StringComparison.Ordinal));
    }

    /// <summary>True for 填报人/审核人/填报日期/备注 lines.</summary>
    public static bool IsFooter(string? firstText)
    {
        var key = NameNormalizer.Normalize(firstText);
        return key.Length > 0 && FooterPrefixes.Any(p => key.StartsWith(p, StringComparison.Ordinal));
    }
}
