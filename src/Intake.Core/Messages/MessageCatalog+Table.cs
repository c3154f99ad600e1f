namespace Intake.Core.Messages;

/// <summary>What is wrong with a cell or a column of the table.</summary>
public static partial class MessageCatalog
{
    public const string ExpectedIndicatorName = "指标目录中的指标名称";
    public const string ExpectedOrgUnitName = "峡窝镇或五个街道、区直部门的名称";
    public const string ExpectedPeriod = "2022-W13、2022年第13周、2022-03-28 等";

    public static LocalizedText UnknownIndicator(string text) =>
        T($"指标“{text}”不在指标目录中，请使用目录中的指标名称", $"indicator '{text}' is not in the catalog");

    public static LocalizedText UnknownOrgUnit(string text) =>
        T($"单位“{text}”不是上街区的乡镇（街道）或部门", $"org unit '{text}' is not in the catalog");

    public static LocalizedText UnrecognizedPeriodCell(string text) =>
        T($"报告期“{text}”无法识别，请填写如 {ExpectedPeriod}", $"period '{text}' is not recognised");

    public static LocalizedText NotANumber(string indicatorName, string indicatorCode, string text) =>
        T($"{indicatorName}的值“{text}”不是有效数字，请填写数字，如 12、2000余、1.5万", $"{indicatorCode}: '{text}' is not a number");

    public static string ExpectedNumber(string unit) => $"数字（{unit}），如 12、2000余、两万多；无数据留空，为零填 0 或“无”";

    public static LocalizedText UnitMismatch(string indicatorName, string indicatorCode, string unit, string catalogUnit) =>
        T($"{indicatorName}的单位“{unit}”无法换算为“{catalogUnit}”", $"{indicatorCode}: unit '{unit}' cannot be converted to '{catalogUnit}'");

    public static LocalizedText OtherCountingWord(string indicatorName, string indicatorCode, string unit, string catalogUnit) =>
        T($"{indicatorName}的单位写作“{unit}”，目录中为“{catalogUnit}”；两者都是计数单位，数值按“{catalogUnit}”入库，如计的不是同一种事物请核对",
          $"{indicatorCode}: the counting word '{unit}' stands for the catalog's '{catalogUnit}'; the number was stored as '{catalogUnit}'");

    public static string ExpectedUnit(string catalogUnit) => $"以“{catalogUnit}”或可换算的单位填写";

    public static LocalizedText UnknownColumn(string header) =>
        T($"“{header}”列填有数字，但表头说不出它是哪个指标、本期还是累计，这一列未入库；如需上报，请把表头改为目录中的指标名称或“本期/累计”",
          $"the column '{header}' holds numbers, but its header names no indicator or measure; it was not stored");

    public static LocalizedText UnnamedColumn =>
        T("这一列填有数字，但没有表头，未入库；如需上报，请填写表头（指标名称或“本期/累计”）",
          "this column holds numbers but has no header; it was not stored");

    public static string ExpectedColumnHeader => "目录中的指标名称，或“本期/本周/累计”等";

    public static LocalizedText UnknownRow(string label) =>
        T($"“{label}”这一行填有数字，但行名说不出它是哪个指标或哪个单位，这一行未入库；如需上报，请把行名改为目录中的指标或单位名称",
          $"the row '{label}' holds numbers, but its label names no indicator or org unit; it was not stored");

    public static LocalizedText UnnamedRow =>
        T("这一行填有数字，但没有行名，未入库；如需上报，请填写行名（指标或单位名称）",
          "this row holds numbers but has no label; it was not stored");

    public static string ExpectedRowLabel => "目录中的指标名称或单位名称";

    public static LocalizedText AmbiguousColumns(string role, string first, string second) =>
        T($"无法确定哪一列是{role}列：{first} 和 {second} 都像，请删去多余的一列或写明表头",
          $"cannot tell which column is the {(role == IndicatorColumnRole ? "indicator" : role == MeasureColumnRole ? "measure" : "org unit")} column: {first} and {second} both look like it");

    public const string IndicatorColumnRole = "指标";
    public const string OrgUnitColumnRole = "单位";
    public const string MeasureColumnRole = "本期/累计";
}
