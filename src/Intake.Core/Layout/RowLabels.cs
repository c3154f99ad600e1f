using Intake.Core.Catalog;

namespace Intake.Core.Layout;

/// <summary>Row labels that are not data: totals and the footer lines under a table.</summary>
public static class RowLabels
{
    // A total row is told by its words, whatever stands before them: 镇小计, 街道小计, 其中小计, 全区合计.
    private static readonly string[] SubtotalWords = ["小计", "subtotal"];
    private static readonly string[] GrandTotalWords = ["合计", "总计", "共计", "total"];

    // Labels that are totals without a total word: the district's own row in a table of its units.
    private static readonly HashSet<string> DistrictRows = ["全区", "总数", "全区总数"];

    private static readonly string[] FooterPrefixes =
        ["填报人", "填表人", "审核人", "审核", "负责人", "联系人", "联系电话", "填报日期", "填表日期", "报送日期", "制表", "备注", "说明", "注:"];

    private static readonly HashSet<string> TotalSheets = ["汇总", "汇总表", "总表", "合计", "合计表", "全区"];

    /// <summary>True for a 汇总 sheet beside one sheet per org unit: its values are totals of the others.</summary>
    public static bool IsTotalSheet(string? sheetName) => TotalSheets.Contains(NameNormalizer.Normalize(sheetName));

    /// <summary>True for 合计/总计/小计 rows: checked against the sum of their rows, never stored.</summary>
    public static bool IsTotal(string? label) => TotalOf(label) != TotalKind.None;

    /// <summary>What kind of total a row label makes the row: 镇小计 a subtotal, 合计 or 全区 a grand total.</summary>
    public static TotalKind TotalOf(string? label)
    {
        var key = NameNormalizer.Normalize(label).TrimEnd(':', '：');
        if (key.Length == 0)
        {
            return TotalKind.None;
        }

        foreach (var word in SubtotalWords)
        {
            if (key.EndsWith(word, StringComparison.Ordinal))
            {
                return TotalKind.Subtotal;
            }
        }

        foreach (var word in GrandTotalWords)
        {
            if (key.EndsWith(word, StringComparison.Ordinal) || key.StartsWith(word, StringComparison.Ordinal))
            {
                return TotalKind.Grand;
            }
        }

        return DistrictRows.Contains(key) ? TotalKind.Grand : TotalKind.None;
    }

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
