using Intake.Core.Catalog;
using Intake.Core.Quantities;
using Intake.Core.Reports;
using Intake.Core.Rollups;

namespace Intake.Core.Publishing;

/// <summary>
/// Drafts the weekly bulletin in the district's style (一是…二是…): a paragraph per department with its own figures of
/// the week and the year so far, one for the townships with their total and each one's share, and a closing
/// paragraph on who reported, ending with who has not.
/// </summary>
public static class BulletinComposer
{
    private static readonly string[] Ordinals = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五"];

    public static WeeklyBulletin Compose(ReportCatalog catalog, WeeklyReport report)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(report);
        var paragraphs = new List<string> { "本周，全区各部门、各乡镇（街道）围绕年度目标任务，扎实推进各项工作。现将各单位报送的主要数据汇总如下。" };
        var byKey = report.Rollups.ToDictionary(r => (r.OrgUnit, r.Indicator, r.Measure));
        foreach (var department in catalog.OrgUnits.Where(u => u.Kind == OrgUnitKind.Department))
        {
            var items = catalog.Indicators
                .Select(i => Item(i, byKey.GetValueOrDefault((department.Code, i.Code, Measure.Period)), byKey.GetValueOrDefault((department.Code, i.Code, Measure.Cumulative))))
                .OfType<string>()
                .ToList();
            if (items.Count > 0)
            {
                paragraphs.Add($"{Ordinal(paragraphs.Count)}是{department.NameZh}。本周{string.Join("；", items)}。");
            }
        }

        var townships = catalog.OrgUnits.Where(u => u.Kind == OrgUnitKind.Township).ToList();
        var townshipItems = catalog.Indicators
            .Select(i => TownshipItem(i, townships.Select(t => (t, byKey.GetValueOrDefault((t.Code, i.Code, Measure.Period)))).Where(x => x.Item2 is not null).ToList()!))
            .OfType<string>()
            .ToList();
        if (townshipItems.Count > 0)
        {
            paragraphs.Add($"{Ordinal(paragraphs.Count)}是各乡镇（街道）。本周{string.Join("；", townshipItems)}。");
        }

        if (report.Reconciliations.Count > 0)
        {
            paragraphs.Add($"另有{report.Reconciliations.Count}处数据各单位报送不一致，已列入汇总表“数据核对”，请有关单位核实。");
        }

        paragraphs.Add(Reporting(catalog, report.Completeness));
        return new WeeklyBulletin("上街区工作周报", WeekNames.Chinese(report.Week), paragraphs);
    }

    private static string? Item(Indicator indicator, WeeklyRollup? period, WeeklyRollup? cumulative) => (period, cumulative) switch
    {
        (null, null) => null,
        (not null, null) => $"{indicator.NameZh}{Value(period, indicator)}",
        (null, not null) => $"累计{indicator.NameZh}{Value(cumulative, indicator)}",
        _ => $"{indicator.NameZh}{Value(period!, indicator)}，累计{Value(cumulative!, indicator)}",
    };

    private static string? TownshipItem(Indicator indicator, List<(OrgUnit Unit, WeeklyRollup Rollup)> shares)
    {
        if (shares.Count == 0)
        {
            return null;
        }

        var parts = string.Join("、", shares.Select(s => $"{s.Unit.NameZh}{Value(s.Rollup, indicator)}"));
        if (indicator.UnitAggregation != Aggregation.Sum)
        {
            return $"{indicator.NameZh}：{parts}";
        }

        var total = QualifiedNumber.Write(shares.Sum(s => s.Rollup.Value), WeeklyRollupBuilder.CombineQualifiers(shares.Select(s => s.Rollup.Qualifier)), indicator.Unit);
        return $"{indicator.NameZh}共{total}（{parts}）";
    }

    private static string Reporting(ReportCatalog catalog, IReadOnlyList<CompletenessEntry> completeness)
    {
        var order = catalog.OrgUnits.Select((u, i) => (u.Code, i)).ToDictionary(x => x.Code, x => x.i, StringComparer.Ordinal);
        var expected = completeness.Where(c => c.Expected).OrderBy(c => order.GetValueOrDefault(c.Reporter, int.MaxValue)).ToList();
        var received = expected.Where(c => c.Received).ToList();
        var late = received.Where(c => c.Status == ReportingStatus.Late).Select(c => Name(catalog, c.Reporter)).ToList();
        var missing = expected.Where(c => c.Status == ReportingStatus.Missing).Select(c => Name(catalog, c.Reporter)).ToList();
        var text = $"报送情况：本周应报送{expected.Count}个单位，已报送{received.Count}个，其中按时报送{received.Count - late.Count}个。";
        if (late.Count > 0)
        {
            text += $"{string.Join("、", late)}迟报。";
        }

        return missing.Count == 0 ? text + "各单位均已报送。" : text + $"{string.Join("、", missing)}未报送。";
    }

    private static string Value(WeeklyRollup rollup, Indicator indicator) => QualifiedNumber.Write(rollup.Value, rollup.Qualifier, indicator.Unit);

    private static string Name(ReportCatalog catalog, string code) => catalog.OrgUnitByCode(code)?.NameZh ?? code;

    private static string Ordinal(int index) => index <= Ordinals.Length ? Ordinals[index - 1] : index.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
