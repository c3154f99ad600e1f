using Intake.Core.Catalog;
using Intake.Core.Quantities;

namespace Intake.Core.Publishing;

/// <summary>The phrases of the bulletin drafts (the district writes them in Chinese only).</summary>
public static class BulletinText
{
    public const string WeeklyTitle = "上街区工作周报";

    public const string TownshipsName = "各乡镇（街道）";

    public const string SoFar = "截至目前";

    public const string District = "全区";

    public static string PeriodTitle(string period) => $"上街区{period}工作情况";

    public static string Opening(string lead) => $"{lead}，全区各部门、各乡镇（街道）围绕年度目标任务，扎实推进各项工作。现将各单位报送的主要数据汇总如下。";

    public static string Numbered(string ordinal, string unit, string text) => $"{ordinal}是{unit}。{text}";

    public static string Credited(string text, string unit) => $"{text}（{unit}）";

    public static string Sentence(string lead, IEnumerable<string> items) => $"{lead}，{string.Join("；", items)}。";

    public static string TownshipsSentence(string lead, IEnumerable<string> items) => $"{lead}，{TownshipsName}{string.Join("；", items)}。";

    public static string WeekSentence(IEnumerable<string> items) => $"本周{string.Join("；", items)}。";

    public static string Total(string name, string total, string parts) => $"{name}共{total}（{parts}）";

    public static string Breakdown(string parts) => $"（{parts}）";

    public static string Share(string unit, string value) => $"{unit}{value}";

    public static string SoFarToo(string value) => $"，累计{value}";

    public static string CumulativeOnly(string name, string value) => $"累计{name}{value}";

    public static string Reconciliation(int count) => $"另有{count}处数据各单位报送不一致，已列入汇总表“数据核对”，请有关单位核实。";

    /// <summary>A figure against its target: <c>低于省定4.5%的控制目标</c>; when the bound says too little, the target in brackets.</summary>
    public static string AgainstTarget(double value, Qualifier qualifier, ConsistencyRule rule, double target, string unit)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var named = (rule.TargetZh.Length == 0 ? CatalogLoader.TargetValue + "的控制目标" : rule.TargetZh)
            .Replace(CatalogLoader.TargetValue, QualifiedNumber.Write(target, Qualifier.Exact, unit), StringComparison.Ordinal);
        // A bound tells the side only when the whole bounded range lies on it (2%以内 is below 4.5%; 5%以内 says nothing).
        var below = value < target && qualifier != Qualifier.AtLeast;
        var above = value > target && qualifier != Qualifier.AtMost;
        var equal = value == target;
        return below ? $"，低于{named}"
            : above ? $"，高于{named}"
            : equal && qualifier == Qualifier.AtMost ? $"，不高于{named}"
            : equal && qualifier == Qualifier.AtLeast ? $"，不低于{named}"
            : equal ? $"，与{named}持平"
            : $"（{named}）";
    }

    public static string WeeklyReporting(int expected, int received, int onTime) => $"报送情况：本周应报送{expected}个单位，已报送{received}个，其中按时报送{onTime}个。";

    public static string Late(IEnumerable<string> units) => $"{string.Join("、", units)}迟报。";

    public static string Missing(IEnumerable<string> units) => $"{string.Join("、", units)}未报送。";

    public const string AllReported = "各单位均已报送。";

    public static string PeriodReporting(string lead, int weeks, int expected, int complete) =>
        $"报送情况：{lead}共{weeks}周，应报送{expected}个单位，其中{complete}个单位每周均已报送。";

    public static string WeeksReported(string unit, int weeks, int received, int late) =>
        late > 0 ? $"{unit}{weeks}周中报送{received}周（迟报{late}周）" : $"{unit}{weeks}周中报送{received}周";

    public static string Shortfalls(IEnumerable<string> units) => $"{string.Join("，", units)}。";
}
