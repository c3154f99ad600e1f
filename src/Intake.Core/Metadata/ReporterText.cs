using Intake.Core.Catalog;

namespace Intake.Core.Metadata;

/// <summary>
/// How a line of a report names the unit that reported it: after a label (填报单位：区城管局, 单位名称 | 区城管局,
/// 填报单位（盖章）：…, 单位：…), or in a title (区城管局2022年第13周工作周报, 2022年第13周工作周报（区城管局）).
/// A title's subjects are not its reporter: the units after 关于 (区城管局关于峡窝镇…的报告), a unit followed by 等
/// (峡窝镇等6个镇街…), a list of units (峡窝镇、矿山街道…), the unit a sheet is named after.
/// </summary>
public static class ReporterText
{
    private static readonly string[] Labels = ["填报单位", "报送单位", "填表单位", "导出单位", "单位名称"];

    // The other labels of a metadata line, where a label's value ends: 填报单位：峡窝镇　报告期：…
    private static readonly string[] OtherLabels = ["报告期", "统计期", "填报日期", "报送日期", "填表日期", "填报人", "填表人", "审核人", "联系人", "联系电话", "负责人"];

    private static readonly string[] ListMarks = ["、", "和", "及", "与", ","];

    /// <summary>The units a label in the line names, or null when the line holds no reporter label.</summary>
    public static IReadOnlyList<OrgUnit>? Labelled(ReportCatalog catalog, string text)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var key = NameNormalizer.SearchKey(text);
        var at = LabelAt(key);
        if (at is not var (start, length))
        {
            return null;
        }

        var value = key[(start + length)..];
        var end = OtherLabels.Select(l => value.IndexOf(l, StringComparison.Ordinal)).Where(i => i >= 0).DefaultIfEmpty(value.Length).Min();
        return catalog.FindReportersIn(value[..end]);
    }

    /// <summary>The units a title names as its reporter: one, or none when it names only subjects.</summary>
    /// <param name="subject">The unit the sheet is named after, which a title on it names as its subject.</param>
    public static IReadOnlyList<OrgUnit> InTitle(ReportCatalog catalog, string text, string? subject)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        // 区城管局关于峡窝镇…的报告: who writes stands before 关于. 关于区城管局…工作情况的报告: the unit writes of itself.
        var key = NameNormalizer.SearchKey(text);
        var about = key.IndexOf("关于", StringComparison.Ordinal);
        var writer = about > 0 ? key[..about] : key;
        var names = catalog.FindNamesIn(catalog.FindNamesIn(writer).Count > 0 ? writer : key)
            .Where(n => !FollowedBy(key, n.Index + n.Length, "等") && n.Unit.Code != subject)
            .ToList();
        var listed = names.Zip(names.Skip(1)).Any(p => ListMarks.Any(m => Between(key, p.First, p.Second) == m));
        return listed ? [] : names.Select(n => n.Unit).Distinct().ToList();
    }

    // 填报单位, 填报单位（盖章）, and 单位 alone right before a colon (单位：区城管局, never 责任单位 or 计量单位).
    private static (int Start, int Length)? LabelAt(string key)
    {
        foreach (var label in Labels)
        {
            var at = key.IndexOf(label, StringComparison.Ordinal);
            if (at >= 0)
            {
                var end = at + label.Length;
                if (end < key.Length && key[end] == '(' && key.IndexOf(')', end) is var close and > 0)
                {
                    end = close + 1;
                }

                return (at, end - at);
            }
        }

        for (var at = key.IndexOf("单位:", StringComparison.Ordinal); at >= 0; at = key.IndexOf("单位:", at + 1, StringComparison.Ordinal))
        {
            if (at == 0 || !char.IsLetter(key[at - 1]))
            {
                return (at, 3);
            }
        }

        return null;
    }

    private static bool FollowedBy(string key, int at, string word) =>
        at < key.Length && (key.AsSpan(at).StartsWith(word) || (key[at] is ')' && key.AsSpan(at + 1).StartsWith(word)));

    private static string Between(string key, (OrgUnit Unit, int Index, int Length) first, (OrgUnit Unit, int Index, int Length) second)
    {
        var from = first.Index + first.Length;
        return second.Index > from ? key[from..second.Index] : string.Empty;
    }
}
