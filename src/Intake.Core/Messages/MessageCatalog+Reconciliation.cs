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

    /// <summary>
    /// The sentence of a reconciliation item, written from its data where the item is shown (the item stores no
    /// text): who reported what, in which cell, and which figure the rollup used.
    /// </summary>
    public static LocalizedText Reconciliation(ReportCatalog catalog, ReconciliationItem item)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(item);
        var indicator = catalog.IndicatorByCode(item.Indicator);
        var terms = new Terms(catalog, item.Indicator, indicator?.NameZh ?? item.Indicator, indicator?.Unit ?? string.Empty);
        return item.Kind switch
        {
            ReconciliationKind.Conflict => Conflict(terms, item),
            ReconciliationKind.OwnerVsUnits => OwnerVsUnits(terms, item),
            ReconciliationKind.CumulativeGap => CumulativeGap(terms, item),
            _ => throw new ArgumentOutOfRangeException(nameof(item), item.Kind, "unknown reconciliation kind"),
        };
    }

    private static LocalizedText Conflict(Terms terms, ReconciliationItem item)
    {
        var (chosen, other) = (item.Chosen, item.Other);
        var (chosenNumber, otherNumber) = (terms.Number(chosen), terms.Number(other));
        return T(
            $"{terms.NameZh(item.OrgUnit)}「{terms.IndicatorZh}」{MeasureName(item.Measure).Zh}（{chosen.Period}）：" +
            $"{terms.NameZh(chosen.Reporter)}报{chosenNumber.Zh}（{Where(chosen)}），" +
            $"{terms.NameZh(other.Reporter)}报{otherNumber.Zh}（{Where(other)}）；" +
            $"汇总采用{terms.NameZh(chosen.Reporter)}的数。",
            $"{terms.NameEn(item.OrgUnit)}, {terms.IndicatorCode} ({MeasureName(item.Measure).En}, {chosen.Period}): " +
            $"{terms.NameEn(chosen.Reporter)} reported {chosenNumber.En} ({Where(chosen)}), " +
            $"{terms.NameEn(other.Reporter)} reported {otherNumber.En} ({Where(other)}); " +
            $"the rollup uses {terms.NameEn(chosen.Reporter)}'s figure.");
    }

    private static LocalizedText OwnerVsUnits(Terms terms, ReconciliationItem item)
    {
        var owner = item.Chosen.Reporter;
        var (ownerNumber, unitsNumber) = (terms.Number(item.Chosen), terms.Number(item.Other));
        return T(
            $"「{terms.IndicatorZh}」{MeasureName(item.Measure).Zh}全区数：{terms.NameZh(owner)}报{ownerNumber.Zh}，" +
            $"已报送的 {item.UnitCount} 个单位合计{unitsNumber.Zh}；全区数采用{terms.NameZh(owner)}的数。",
            $"{terms.IndicatorCode} ({MeasureName(item.Measure).En}), district figure: {terms.NameEn(owner)} reported {ownerNumber.En}, " +
            $"the {item.UnitCount} units that reported sum to {unitsNumber.En}; the district figure uses {terms.NameEn(owner)}'s.");
    }

    // Chosen: the period's own amount (its period is the later one); Other: the 累计's growth since Other's period,
    // which started from BaseValue.
    private static LocalizedText CumulativeGap(Terms terms, ReconciliationItem item)
    {
        var (current, previous) = (item.Chosen.Period, item.Other.Period);
        var earlier = item.BaseValue ?? throw new InvalidDataException($"cumulative-gap {item.Week}/{item.OrgUnit}/{item.Indicator} has no base value");
        var growth = item.Other.Value;
        var (previousValue, currentValue) = (terms.Number(earlier), terms.Number(earlier + growth));
        var (grown, amount, gap) = (terms.Number(growth), terms.Number(item.Chosen.Value), terms.Number(Math.Abs(growth - item.Chosen.Value)));
        return T(
            $"{terms.NameZh(item.OrgUnit)}「{terms.IndicatorZh}」累计由{previous}的{previousValue.Zh}增至{current}的{currentValue.Zh}，增加{grown.Zh}，" +
            $"但{current}本期报{amount.Zh}，相差{gap.Zh}；请核实累计数或本期数。",
            $"{terms.NameEn(item.OrgUnit)}, {terms.IndicatorCode}: the cumulative figure grew from {previousValue.En} ({previous}) to {currentValue.En} ({current}), by {grown.En}, " +
            $"but {current} reports {amount.En} for the period, a difference of {gap.En}; please check the cumulative or the period figure.");
    }

    // What a reconciliation sentence names besides the item: org units by name, the indicator and its unit.
    private sealed record Terms(ReportCatalog Catalog, string IndicatorCode, string IndicatorZh, string Unit)
    {
        public LocalizedText Number(ReconciliationSide side) => Number(side.Value, side.Qualifier);

        public LocalizedText Number(double value, Qualifier qualifier = Qualifier.Exact) =>
            QualifiedNumber.Text(value, qualifier, Unit);

        // A side no one reported (a sum) is named by nobody.
        public string NameZh(OrgUnitCode? code) => code is { } known ? Catalog.OrgUnitByCode(known)?.NameZh ?? known : string.Empty;

        public string NameEn(OrgUnitCode? code) => code is { } known ? Catalog.OrgUnitByCode(known)?.NameEn is { Length: > 0 } name ? name : known : string.Empty;
    }

    private static string Where(ReconciliationSide side) =>
        side.File.Length == 0 ? side.Cell : $"{side.File[(side.File.LastIndexOf('/') + 1)..]} {side.Cell}";
}
