using Intake.Core.Workbooks;

namespace Intake.Bench.Workbooks;

/// <summary>
/// A bulk history import as 区发改委 exports it: for each day, a row per township and indicator of 万人助万企 (the
/// township rows the catalog gives it) and a row per indicator of its own, for as many days (from 2000) as the row
/// count needs: every row is the department's to report. Values keep to the catalog's rules (resolved ≤ collected).
/// 200,000 rows reach into 2020; the periods reports are taken for end a year after today.
/// </summary>
public static class TidyWorkbook
{
    private const string Department = "区发改委";

    private static readonly string[] Townships = ["峡窝镇", "济源路街道", "中心路街道", "新安路街道", "工业路街道", "矿山街道"];

    private static readonly (string Name, string Unit, int Value)[] TownshipIndicators =
        [("走访企业", "次", 12), ("收集企业问题", "个", 10), ("解决企业问题", "个", 5)];

    private static readonly (string Name, string Unit, int Value)[] OwnIndicators =
    [
        ("项目专题推进会及现场办公会", "次", 2), ("编印项目推进专报", "期", 1), ("实地走访项目", "次", 7), ("入库项目", "个", 1), ("个转企", "家", 1),
        ("工业小升规", "家", 1), ("批零住餐小升规", "家", 1), ("规模以上工业增加值同比增长", "%", 5), ("固定资产投资同比增长", "%", 8),
    ];

    private static readonly int RowsPerDay = (Townships.Length * TownshipIndicators.Length) + OwnIndicators.Length;

    public static void Write(Stream output, int rows)
    {
        using var writer = new XlsxWriter(output);
        var sheet = writer.AddSheet("历史数据").Row("序号", "乡镇（街道）", "指标", "计量单位", "日期", "数值");
        var first = new DateTime(2000, 1, 1);
        for (var i = 0; i < rows; i++)
        {
            var (day, k) = (i / RowsPerDay, i % RowsPerDay);
            var (unit, (indicator, measureUnit, value)) = k < Townships.Length * TownshipIndicators.Length
                ? (Townships[k / TownshipIndicators.Length], TownshipIndicators[k % TownshipIndicators.Length])
                : (Department, OwnIndicators[k - (Townships.Length * TownshipIndicators.Length)]);
            sheet.Row(i + 1, unit, indicator, measureUnit, first.AddDays(day), value + (day % 3));
        }
    }
}
