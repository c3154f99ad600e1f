using Intake.Core.Workbooks;

namespace Intake.Bench.Workbooks;

/// <summary>
/// A department's week as offices lay it out: a title, 填报单位 and 报告期 lines, a two-row header (an
/// indicator over 本周 | 累计), one row per township, and a 合计 row.
/// </summary>
public static class WideWorkbook
{
    private static readonly string[] Townships = ["峡窝镇", "济源路街道", "中心路街道", "新安路街道", "工业路街道", "矿山街道"];
    // Fewer resolved than collected, fewer fixed than found: the catalog's rules hold.
    private static readonly (string Name, int Week)[] Indicators = [("走访企业", 12), ("收集企业问题", 10), ("解决企业问题", 6), ("排查安全隐患", 8), ("整改安全隐患", 5)];

    public static void Write(Stream output)
    {
        using var writer = new XlsxWriter(output);
        var sheet = writer.AddSheet("万人助万企")
            .Row("区发改委“万人助万企”活动镇街周报表").Merge("A1:K1")
            .Row("填报单位：区发改委", null, null, null, null, "报告期：2022年第13周");
        var groups = new List<object?> { "乡镇（街道）" };
        var measures = new List<object?> { null };
        foreach (var (indicator, _) in Indicators)
        {
            groups.AddRange([indicator, null]);
            measures.AddRange(["本周", "累计"]);
        }

        sheet.Row([.. groups]).Row([.. measures]);
        var totals = new double[Indicators.Length * 2];
        for (var t = 0; t < Townships.Length; t++)
        {
            var row = new List<object?> { Townships[t] };
            for (var i = 0; i < Indicators.Length; i++)
            {
                var week = Indicators[i].Week + t;
                var year = week * 12;
                row.AddRange([week, year]);
                totals[2 * i] += week;
                totals[(2 * i) + 1] += year;
            }

            sheet.Row([.. row]);
        }

        sheet.Row(["合计", .. totals.Cast<object?>()]);
    }
}
