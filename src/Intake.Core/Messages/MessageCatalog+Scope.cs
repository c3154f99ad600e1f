namespace Intake.Core.Messages;

/// <summary>Figures a reporter may not give: another unit's, the district's computed row, periods out of reason.</summary>
public static partial class MessageCatalog
{
    public static LocalizedText DistrictRowNotReported(string districtName, string indicatorName, string indicatorCode) =>
        T($"{districtName}的{indicatorName}由各单位的数据汇总而成，不能直接填报，请删去这一项",
          $"{indicatorCode}: the district's own row is computed from the units' figures and cannot be reported");

    public static LocalizedText OtherUnitsRow(string reporterName, string orgUnitName, string indicatorName, string indicatorCode) =>
        T($"{reporterName}只能填报本单位的数据，不能填报{orgUnitName}的{indicatorName}，请删去这一项或由{orgUnitName}自行报送",
          $"{indicatorCode}: {reporterName} reports only its own figures, not {orgUnitName}'s");

    public static LocalizedText TownshipRowNotGiven(
        string reporterName, string orgUnitName, string indicatorName, string indicatorCode, IReadOnlyList<string> departments) =>
        T($"{indicatorName}{(departments.Count == 0 ? "由各乡镇（街道）自行填报" : $"的各乡镇（街道）数据由{string.Join("、", departments)}填报")}，{reporterName}不能填报{orgUnitName}的这一项，请删去",
          $"{indicatorCode}: {reporterName} may not report it for {orgUnitName} (the catalog gives township rows of it to {(departments.Count == 0 ? "the townships themselves" : string.Join(", ", departments))})");

    public static string ExpectedOwnFigures(string reporterName) => $"只填报{reporterName}本单位的数据，或目录允许{reporterName}填报的乡镇（街道）数据";

    public static LocalizedText PeriodTooEarly(string period, int firstYear) =>
        T($"报告期 {period} 早于 {firstYear} 年，超出可以填报的范围，请核对年份",
          $"the period {period} is before {firstYear}, the first year reports are taken for");

    public static LocalizedText PeriodTooLate(string period, string latestStart) =>
        T($"报告期 {period} 晚于今天一年以上，超出可以填报的范围，请核对年份",
          $"the period {period} starts more than a year from today (after {latestStart})");

    public static string ExpectedPeriodWithin(int firstYear) => $"{firstYear} 年至今后一年内的报告期";
}
