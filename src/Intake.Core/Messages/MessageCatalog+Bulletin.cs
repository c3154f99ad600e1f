using System.Globalization;
using Intake.Core.Catalog;
using Intake.Core.Periods;
using Intake.Core.Quantities;
using Intake.Core.Reports;

namespace Intake.Core.Messages;

/// <summary>
/// The phrases of the bulletin drafts. The district writes its bulletin in Chinese (the seed), so the drafts use
/// <see cref="LocalizedText.Zh"/>; the English says the same for a reader who needs it. The pieces a phrase is given
/// (an indicator's name, a figure) are the district's Chinese in either language.
/// </summary>
public static partial class MessageCatalog
{
    /// <summary>The seed's typefaces, by the names Word shows: 宋体 for the title, 楷体 for the subtitle, 仿宋 for the body.</summary>
    public const string BulletinTitleFont = "宋体";
    public const string BulletinSubtitleFont = "楷体";
    public const string BulletinBodyFont = "仿宋";

    private static readonly string[] BulletinOrdinals = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五"];

    public static LocalizedText BulletinWeeklyTitle => T("上街区工作周报", "Shangjie District weekly work bulletin");

    public static LocalizedText BulletinTownships => T("各乡镇（街道）", "the townships and subdistricts");

    public static LocalizedText BulletinSoFar => T("截至目前", "So far");

    /// <summary>What stands before a district figure: 全区城镇新增就业870人.</summary>
    public static LocalizedText BulletinDistrict => T("全区", "district-wide ");

    public static LocalizedText BulletinPeriodTitle(Period period)
    {
        var name = PeriodName(period);
        return T($"上街区{name.Zh}工作情况", $"Shangjie District: work in {name.En}");
    }

    /// <summary>The period and its days under the title: 2022年一季度（1月1日—3月31日）.</summary>
    public static LocalizedText BulletinSubtitle(Period period)
    {
        var name = PeriodName(period);
        var days = PeriodDays(period);
        return T($"{name.Zh}（{days.Zh}）", $"{name.En} ({days.En})");
    }

    public static LocalizedText BulletinOpening(LocalizedText lead) =>
        T($"{lead.Zh}，全区各部门、各乡镇（街道）围绕年度目标任务，扎实推进各项工作。现将各单位报送的主要数据汇总如下。",
          $"{lead.En}, the district's departments, townships and subdistricts pressed on with the year's targets. The main figures the units reported are summarised below.");

    /// <summary>A paragraph of the weekly style: 一是区人社局。…; numbers past the fifteenth are written in digits.</summary>
    public static LocalizedText BulletinNumbered(int index, string unit, string text) =>
        T($"{(index <= BulletinOrdinals.Length ? BulletinOrdinals[index - 1] : index.ToString(CultureInfo.InvariantCulture))}是{unit}。{text}",
          $"{index.ToString(CultureInfo.InvariantCulture)}. {unit}. {text}");

    public static LocalizedText BulletinCredited(string text, string unit) => T($"{text}（{unit}）", $"{text} ({unit})");

    public static LocalizedText BulletinSentence(string lead, IEnumerable<string> items)
    {
        var list = items.ToList();
        return T($"{lead}，{string.Join("；", list)}。", $"{lead}, {string.Join("; ", list)}.");
    }

    public static LocalizedText BulletinTownshipsSentence(string lead, IEnumerable<string> items)
    {
        var list = items.ToList();
        return T($"{lead}，{BulletinTownships.Zh}{string.Join("；", list)}。", $"{lead}, {BulletinTownships.En}: {string.Join("; ", list)}.");
    }

    public static LocalizedText BulletinWeekSentence(IEnumerable<string> items)
    {
        var list = items.ToList();
        return T($"本周{string.Join("；", list)}。", $"This week: {string.Join("; ", list)}.");
    }

    public static LocalizedText BulletinTotal(string name, string total, string parts) => T($"{name}共{total}（{parts}）", $"{name}: {total} in all ({parts})");

    /// <summary>An indicator the townships report without a total: its name and their figures.</summary>
    public static LocalizedText BulletinListed(string name, string parts) => T($"{name}：{parts}", $"{name}: {parts}");

    public static LocalizedText BulletinBreakdown(string parts) => T($"（{parts}）", $" ({parts})");

    /// <summary>The townships' figures one after another: 峡窝镇12人、济源路街道8人.</summary>
    public static LocalizedText BulletinShares(IEnumerable<(string Unit, string Value)> shares)
    {
        var list = shares.ToList();
        return T(string.Join("、", list.Select(s => $"{s.Unit}{s.Value}")), string.Join(", ", list.Select(s => $"{s.Unit} {s.Value}")));
    }

    public static LocalizedText BulletinSoFarToo(string value) => T($"，{MeasureName(Measure.Cumulative).Zh}{value}", $", {value} so far");

    public static LocalizedText BulletinCumulativeOnly(string name, string value) => T($"{MeasureName(Measure.Cumulative).Zh}{name}{value}", $"{name} so far: {value}");

    public static LocalizedText BulletinReconciliation(int count) =>
        T($"另有{count}处数据各单位报送不一致，已列入汇总表“{ReconciliationSheetName.Zh}”，请有关单位核实。",
          $"{count} more figures disagree between the units; they are listed on the workbook's '{ReconciliationSheetName.En}' sheet for the units to check.");

    /// <summary>A figure against its target: <c>低于省定4.5%的控制目标</c>; when the bound says too little, the target in brackets.</summary>
    public static LocalizedText BulletinAgainstTarget(double value, Qualifier qualifier, ConsistencyRule rule, double target, string unit)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var number = QualifiedNumber.Write(target, Qualifier.Exact, unit);
        var named = (rule.TargetZh.Length == 0 ? CatalogLoader.TargetValue + "的控制目标" : rule.TargetZh)
            .Replace(CatalogLoader.TargetValue, number, StringComparison.Ordinal);
        var namedEn = $"the target of {number}";
        // A bound tells the side only when the whole bounded range lies on it (2%以内 is below 4.5%; 5%以内 says nothing).
        var below = value < target && qualifier != Qualifier.AtLeast;
        var above = value > target && qualifier != Qualifier.AtMost;
        var equal = value == target;
        return below ? T($"，低于{named}", $", below {namedEn}")
            : above ? T($"，高于{named}", $", above {namedEn}")
            : equal && qualifier == Qualifier.AtMost ? T($"，不高于{named}", $", not above {namedEn}")
            : equal && qualifier == Qualifier.AtLeast ? T($"，不低于{named}", $", not below {namedEn}")
            : equal ? T($"，与{named}持平", $", level with {namedEn}")
            : T($"（{named}）", $" ({namedEn})");
    }

    public static LocalizedText BulletinWeeklyReporting(int expected, int received, int onTime) =>
        T($"报送情况：本周应报送{expected}个单位，已报送{received}个，其中按时报送{onTime}个。",
          $"Reporting: {expected} units were due this week, {received} reported, {onTime} of them on time. ");

    public static LocalizedText BulletinLate(IEnumerable<string> units) => T($"{string.Join("、", units)}迟报。", $"Late: {string.Join(", ", units)}. ");

    public static LocalizedText BulletinMissing(IEnumerable<string> units) => T($"{string.Join("、", units)}未报送。", $"Not reported: {string.Join(", ", units)}.");

    public static LocalizedText BulletinAllReported => T("各单位均已报送。", "Every unit has reported.");

    public static LocalizedText BulletinPeriodReporting(string lead, int weeks, int expected, int complete) =>
        T($"报送情况：{lead}共{weeks}周，应报送{expected}个单位，其中{complete}个单位每周均已报送。",
          $"Reporting: {lead}, {weeks} weeks, {expected} units due, {complete} of them reported every week on time. ");

    public static LocalizedText BulletinWeeksReported(string unit, int weeks, int received, int late) =>
        late > 0 ? T($"{unit}{weeks}周中报送{received}周（迟报{late}周）", $"{unit} reported {received} of {weeks} weeks ({late} late)")
            : T($"{unit}{weeks}周中报送{received}周", $"{unit} reported {received} of {weeks} weeks");

    public static LocalizedText BulletinShortfalls(IEnumerable<string> units) => T($"{string.Join("，", units)}。", $"{string.Join("; ", units)}.");
}
