using Intake.Core.Workbooks;

namespace Intake.Bench.Workbooks;

/// <summary>
/// A bulk history import as a department exports it: one row per township, indicator and day, for as
/// many days as the row count needs. Values keep to the catalog's rules (resolved ≤ collected, fixed ≤ found).
/// </summary>
public static class TidyWorkbook
{
    private static readonly string[] Townships = ["峡窝镇", "济源路街道", "中心路街道", "新安路街道", "工业路街道", "矿山街道"];

    private static readonly (string Name, string Unit, int Value)[] Indicators =
        [("走访企业", "次", 12), ("收集企业问题", "个", 10), ("解决企业问题", "个", 5), ("排查安全隐患", "处", 8), ("整改安全隐患", "处", 6), ("城镇新增就业", "人", 3)];

    public static void Write(Stream output, int rows)
    {
        using var writer = new XlsxWriter(output);
        var sheet = writer.AddSheet("历史数据").Row("序号", "乡镇（街道）", "指标", "计量单位", "日期", "数值");
        var first = new DateTime(2000, 1, 1);
        for (var i = 0; i < rows; i++)
        {
            var day = i / (Townships.Length * Indicators.Length);
            var (indicator, unit, value) = Indicators[i % Indicators.Length];
            sheet.Row(i + 1, Townships[i / Indicators.Length % Townships.Length], indicator, unit, first.AddDays(day), value + (day % 3));
        }
    }
}
