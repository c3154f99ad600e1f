using System.Globalization;

namespace Intake.Core.Messages;

/// <summary>Values that are readable but wrong: bounds, totals, repeats, the catalog's rules.</summary>
public static partial class MessageCatalog
{
    public static LocalizedText NotWhole(string indicatorName, string indicatorCode, string raw, string unit) =>
        T($"{indicatorName}的值“{raw}”应为整数（单位：{unit}）", $"{indicatorCode}: '{raw}' must be a whole number of {unit}");

    public static string ExpectedWhole(string unit) => $"整数（{unit}）";

    public static LocalizedText OutOfRange(string indicatorName, string indicatorCode, string raw, string range, string unit) =>
        T($"{indicatorName}的值“{raw}”超出允许范围 {range}{unit}", $"{indicatorCode}: '{raw}' is outside the allowed range {range} {unit}");

    public static LocalizedText TotalMismatch(string indicatorName, string indicatorCode, bool subtotal, string raw, string sum, int parts, bool column = false) =>
        T($"{indicatorName}的{(subtotal ? "小计" : "合计")}为“{raw}”，但它所合计的 {parts} {(column ? "列" : "行")}之和为 {sum}，请核对",
          $"{indicatorCode}: the {(subtotal ? "subtotal" : "total")} '{raw}' differs from the sum of its {parts} {(column ? "columns" : "rows")}, {sum}");

    public static string ExpectedSum(string sum) => $"各项之和 {sum}";

    public static LocalizedText DuplicateValue(string firstCell, string orgUnit, string period, string raw, string firstRaw, string indicatorCode) =>
        T($"与 {firstCell} 重复填报同一指标（{orgUnit}，{period}），但数值不同（“{raw}”与“{firstRaw}”）",
          $"repeats {firstCell} ({orgUnit}, {indicatorCode}, {period}) with a different value");

    public static string ExpectedOnce(string firstCell, string firstRaw) => $"同一指标只填一次（{firstCell} 已填“{firstRaw}”）";

    public static LocalizedText RuleViolation(string ruleMessageZh, string ruleCode, string raw, double left, string op, string rightText, double right) =>
        T($"{ruleMessageZh}（{raw} 与 {Number(right)}）",
          $"rule {ruleCode} fails: {op} {rightText} ({Number(left)} vs {Number(right)})");

    public static string ExpectedRule(string op, double right, string ruleMessageZh) => $"{op} {Number(right)}（{ruleMessageZh}）";

    private static string Number(double value) => value.ToString(CultureInfo.InvariantCulture);
}
