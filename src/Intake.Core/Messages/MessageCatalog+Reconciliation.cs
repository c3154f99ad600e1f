using Intake.Core.Catalog;
using Intake.Core.Quantities;
using Intake.Core.Reports;
using Intake.Core.Rollups;

namespace Intake.Core.Messages;

/// <summary>The sentences of reconciliation items, in zh and en from the same data.</summary>
public static partial class MessageCatalog
{
    public static LocalizedText MeasureName(Measure measure) =>
        measure == Measure.Cumulative ? T("累计", "cumulative") : T("本期", "this period");

    public static LocalizedText Conflict(ReportCatalog catalog, Indicator indicator, Measure measure, ReconciliationValue chosen, ReconciliationValue other) => T(
        $"{NameZh(catalog, chosen.OrgUnit)}「{indicator.NameZh}」{MeasureName(measure).Zh}（{chosen.Period}）：" +
        $"{NameZh(catalog, chosen.Reporter)}报{QualifiedNumber.Write(chosen.Value, chosen.Qualifier, indicator.Unit)}（{Where(chosen)}），" +
        $"{NameZh(catalog, other.Reporter)}报{QualifiedNumber.Write(other.Value, other.Qualifier, indicator.Unit)}（{Where(other)}）；" +
        $"汇总采用{NameZh(catalog, chosen.Reporter)}的数。",
        $"{NameEn(catalog, chosen.OrgUnit)}, {indicator.Code} ({MeasureName(measure).En}, {chosen.Period}): " +
        $"{NameEn(catalog, chosen.Reporter)} reported {QualifiedNumber.Write(chosen.Value, chosen.Qualifier, indicator.Unit)} ({Where(chosen)}), " +
        $"{NameEn(catalog, other.Reporter)} reported {QualifiedNumber.Write(other.Value, other.Qualifier, indicator.Unit)} ({Where(other)}); " +
        $"the rollup uses {NameEn(catalog, chosen.Reporter)}'s figure.");

    public static LocalizedText OwnerVsUnits(ReportCatalog catalog, Indicator indicator, Measure measure, string owner, double ownerValue, Qualifier ownerQualifier, double unitsValue, Qualifier unitsQualifier, int unitCount) => T(
        $"「{indicator.NameZh}」{MeasureName(measure).Zh}全区数：{NameZh(catalog, owner)}报{QualifiedNumber.Write(ownerValue, ownerQualifier, indicator.Unit)}，" +
        $"已报送的 {unitCount} 个单位合计{QualifiedNumber.Write(unitsValue, unitsQualifier, indicator.Unit)}；全区数采用{NameZh(catalog, owner)}的数。",
        $"{indicator.Code} ({MeasureName(measure).En}), district figure: {NameEn(catalog, owner)} reported {QualifiedNumber.Write(ownerValue, ownerQualifier, indicator.Unit)}, " +
        $"the {unitCount} units that reported sum to {QualifiedNumber.Write(unitsValue, unitsQualifier, indicator.Unit)}; the district figure uses {NameEn(catalog, owner)}'s.");

    public static LocalizedText CumulativeGap(ReportCatalog catalog, Indicator indicator, string orgUnit, string previous, double previousValue, string current, double currentValue, double amount)
    {
        string N(double value) => QualifiedNumber.Write(value, Qualifier.Exact, indicator.Unit);
        var growth = currentValue - previousValue;
        var gap = Math.Abs(growth - amount);
        return T(
            $"{NameZh(catalog, orgUnit)}「{indicator.NameZh}」累计由{previous}的{N(previousValue)}增至{current}的{N(currentValue)}，增加{N(growth)}，" +
            $"但{current}本期报{N(amount)}，相差{N(gap)}；请核实累计数或本期数。",
            $"{NameEn(catalog, orgUnit)}, {indicator.Code}: the cumulative figure grew from {N(previousValue)} ({previous}) to {N(currentValue)} ({current}), by {N(growth)}, " +
            $"but {current} reports {N(amount)} for the period, a difference of {N(gap)}; please check the cumulative or the period figure.");
    }

    private static string Where(ReconciliationValue value) =>
        value.File.Length == 0 ? value.Cell : $"{value.File[(value.File.LastIndexOf('/') + 1)..]} {value.Cell}";

    private static string NameZh(ReportCatalog catalog, string code) => catalog.OrgUnitByCode(code)?.NameZh ?? code;

    private static string NameEn(ReportCatalog catalog, string code) => catalog.OrgUnitByCode(code)?.NameEn is { Length: > 0 } name ? name : code;
}
