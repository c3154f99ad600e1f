using Intake.Core.Catalog;
using Intake.Core.Quantities;
using Intake.Core.Reports;

namespace Intake.Core.Tests.Generator;

/// <summary>
/// Lays out tables the ways district offices do — long, wide, transposed, measures down the side, tidy — with
/// their dressings (serial and remark columns, units in brackets, in a row or a column, one- and two-row headers,
/// totals and subtotals), and records each value it writes as the fact it must be read as.
/// </summary>
internal sealed class TableWriter(Random random, Figures figures, IsoWeek week, bool percentFormats, bool lineBreaks)
{
    private readonly string period = $"{week.Year}-W{week.Number:D2}";

    private static readonly string[] PeriodWords = ["本周", "本期", "本周完成", "本期完成数", "当周"];
    private static readonly string[] IndicatorWords = ["指标", "指标名称", "项目", "工作内容", ""];
    private static readonly string[] OrgUnitWords = ["乡镇（街道）", "乡镇街道", "单位名称", "单位", "镇街", "镇（办）", "街道（镇）", ""];
    private static readonly string[] Remarks = ["正常推进", "含景观灯", "已上报", "详见附件"];

    // Breakdowns offices write under their whole, with the whole they stand under.
    private static readonly Dictionary<string, string> BreakdownWords = new() { ["safety_hazards_fixed"] = "已整改", ["enterprise_issues_resolved"] = "已解决", ["inspection_issues_fixed"] = "已整改" };
    private static readonly Dictionary<string, string> PartOf = new() { ["safety_hazards_fixed"] = "safety_hazards_found", ["enterprise_issues_resolved"] = "enterprise_issues_collected", ["inspection_issues_fixed"] = "inspection_issues_found" };

    public List<ExpectedFact> Facts { get; } = [];

    public HashSet<string> Classes { get; } = [];

    /// <summary>Indicators down the side, measures across the top: a unit's own report.</summary>
    public void Long(SheetPlan sheet, string orgUnit, IReadOnlyList<Indicator> indicators)
    {
        var (measures, words) = Measures();
        var serial = Serial();
        var remark = Chance(0.3);
        var unitColumn = Chance(0.25);
        var labelMeasures = measures.Length == 2 && !unitColumn && Chance(0.15);
        Classes.Add("long");
        var header = new List<object?>();
        if (serial is not null)
        {
            header.Add(serial);
        }

        header.Add(Pick(IndicatorWords.Where(w => w.Length > 0 || serial is null).ToArray()));
        if (unitColumn)
        {
            header.Add(Pick(["单位", "计量单位"]));
            Classes.Add("unit column");
        }

        if (labelMeasures)
        {
            // 本周走访企业 | 累计走访企业 down the side over one column of values.
            header.Add(Pick(["数值", "数量", "完成数"]));
            Classes.Add("measure in row label");
        }
        else
        {
            header.AddRange(words);
        }

        if (remark)
        {
            header.Add("备注");
            Classes.Add("remark column");
        }

        sheet.Row([.. header]);
        var number = 1;
        var breakdowns = Chance(0.3);
        foreach (var indicator in indicators)
        {
            var (unit, factor) = Unit(indicator);
            var bracket = !unitColumn && unit is not null && Chance(0.5);
            // 其中：已整改 right under 排查安全隐患: the part of the row above, in a word that alone could name another indicator.
            var breakdown = breakdowns && !labelMeasures && BreakdownWords.TryGetValue(indicator.Code, out var part)
                && indicators.ToList().IndexOf(indicator) is var at and > 0 && indicators[at - 1].Code == PartOf[indicator.Code] ? part : null;
            if (breakdown is not null)
            {
                Classes.Add("breakdown rows");
            }

            foreach (var rowMeasures in labelMeasures ? measures.Select(m => new[] { m }) : [measures])
            {
                var row = new List<object?>();
                if (serial is not null)
                {
                    row.Add(number++);
                }

                var label = (breakdown is null ? Spaced(Label(indicator)) : "其中：" + breakdown) + (bracket ? $"（{unit}）" : string.Empty);
                row.Add(labelMeasures ? (rowMeasures[0] == Measure.Cumulative ? "累计" : "本周") + label : label);
                if (unitColumn)
                {
                    row.Add(unit ?? indicator.Unit);
                }

                foreach (var measure in rowMeasures)
                {
                    row.Add(Value(orgUnit, indicator, measure, unitColumn || bracket ? factor : 1, textOnly: false));
                }

                if (remark)
                {
                    row.Add(Chance(0.4) ? Pick(Remarks) : null);
                }

                sheet.Row([.. row]);
            }
        }
    }

    /// <summary>Indicators across the top, 本周 and 累计 down the side.</summary>
    public void MeasureRows(SheetPlan sheet, string orgUnit, IReadOnlyList<Indicator> indicators)
    {
        var (measures, words) = Measures(both: true);
        Classes.Add("measures down the side");
        var units = indicators.Select(Unit).ToList();
        var unitRow = Chance(0.4) && units.All(u => u.Word is not null);
        var brackets = units.Select(u => !unitRow && u.Word is not null && Chance(0.5)).ToList();
        sheet.Row([Pick(["项目", ""]), .. indicators.Select((i, c) => Label(i) + (brackets[c] ? $"（{units[c].Word}）" : string.Empty))]);
        if (unitRow)
        {
            sheet.Row([Pick(["单位", "计量单位"]), .. units.Select(u => u.Word)]);
            Classes.Add("unit row");
        }

        for (var m = 0; m < measures.Length; m++)
        {
            sheet.Row([words[m], .. indicators.Select((i, c) => Value(orgUnit, i, measures[m], unitRow || brackets[c] ? units[c].Factor : 1, textOnly: false))]);
        }
    }

    /// <summary>Townships down the side, indicators across the top (with 本周 | 累计 under each, in two header rows).</summary>
    public void Wide(SheetPlan sheet, IReadOnlyList<OrgUnit> townships, IReadOnlyList<Indicator> indicators)
    {
        var (measures, words) = Measures();
        var serial = Serial();
        var twoRows = measures.Length == 2 && Chance(0.7);
        var units = indicators.Select(Unit).ToList();
        var unitRow = Chance(0.3) && units.All(u => u.Word is not null);
        Classes.Add("wide");
        var label = Pick(OrgUnitWords.Where(w => w.Length > 0 || serial is null).ToArray());
        var columns = new List<(Indicator Indicator, Measure Measure, double Factor, string? Unit)>();
        var top = new List<object?>();
        var bottom = new List<object?>();
        if (serial is not null)
        {
            (top, bottom) = ([serial], [null]);
        }

        top.Add(label);
        bottom.Add(null);
        var start = top.Count;
        for (var i = 0; i < indicators.Count; i++)
        {
            var bracket = !unitRow && units[i].Word is { } unit && Chance(0.5) ? $"（{unit}）" : string.Empty;
            var factor = unitRow || bracket.Length > 0 ? units[i].Factor : 1;
            for (var m = 0; m < measures.Length; m++)
            {
                columns.Add((indicators[i], measures[m], factor, units[i].Word));
                if (twoRows)
                {
                    top.Add(m == 0 ? Broken(Label(indicators[i])) + bracket : null);
                    bottom.Add(words[m]);
                }
                else
                {
                    top.Add(measures.Length == 1 ? Broken(Label(indicators[i])) + bracket : MeasuredLabel(indicators[i], words[m], bracket));
                }
            }
        }

        sheet.Row([.. top]);
        if (twoRows)
        {
            Classes.Add("two-row header");
            for (var i = 0; i < indicators.Count; i++)
            {
                sheet.MergeLast(start + i * 2, start + i * 2 + 1);
            }

            sheet.Row([.. bottom]);
        }

        if (unitRow)
        {
            Classes.Add("unit row");
            sheet.Row([.. Enumerable.Repeat<object?>(null, start - 1), Pick(["单位", "计量单位", null]), .. columns.Select(c => c.Unit)]);
        }

        var totals = Chance(0.5);
        var subtotals = totals && townships.Count(t => t.NameZh.EndsWith('镇')) >= 1 && townships.Count(t => t.NameZh.EndsWith("街道", StringComparison.Ordinal)) >= 2 && Chance(0.5);
        var number = 1;
        var group = new List<object?[]>();
        var all = new List<object?[]>();
        foreach (var township in townships)
        {
            var row = new List<object?>();
            if (serial is not null)
            {
                row.Add(number++);
            }

            row.Add(OrgUnitLabel(township));
            // A total must add up exactly: its rows are written as plain numbers.
            row.AddRange(columns.Select(c => Value(township.Code, c.Indicator, c.Measure, c.Factor, textOnly: false, plain: totals)));
            sheet.Row([.. row]);
            group.Add([.. row]);
            all.Add([.. row]);
            if (subtotals && (township.NameZh.EndsWith('镇') ? township == townships.Last(t => t.NameZh.EndsWith('镇')) : township == townships.Last()))
            {
                sheet.Row([.. TotalRow(serial is not null, township.NameZh.EndsWith('镇') ? "镇小计" : "街道小计", start, columns.Count, group)]);
                group.Clear();
                Classes.Add("subtotal rows");
            }
        }

        if (totals)
        {
            Classes.Add("total row");
            sheet.Row([.. TotalRow(serial is not null, Pick(["合计", "总计", "全区合计", "上街区"]), start, columns.Count, all)]);
        }
    }

    /// <summary>Indicators down the side, townships across the top (with 本周 | 累计 under each), and a 合计 column.</summary>
    public void Transposed(SheetPlan sheet, IReadOnlyList<OrgUnit> townships, IReadOnlyList<Indicator> indicators)
    {
        var (measures, words) = Measures();
        var twoRows = measures.Length == 2;
        var unitColumn = Chance(0.35);
        var total = Chance(0.5);
        Classes.Add("transposed");
        var top = new List<object?> { Pick(IndicatorWords) };
        var bottom = new List<object?> { null };
        if (unitColumn)
        {
            top.Add(Pick(["单位", "计量单位", null]));
            bottom.Add(null);
            Classes.Add("unit column");
        }

        var start = top.Count;
        var subjects = townships.Select(t => (object?)t).ToList();
        if (total)
        {
            subjects.Add(null);
            Classes.Add("total column");
        }

        foreach (var subject in subjects)
        {
            for (var m = 0; m < measures.Length; m++)
            {
                var name = subject is OrgUnit township ? OrgUnitLabel(township) : Pick(["合计", "总计"]);
                if (twoRows)
                {
                    top.Add(m == 0 ? name : null);
                    bottom.Add(words[m]);
                }
                else
                {
                    top.Add(name);
                }
            }
        }

        sheet.Row([.. top]);
        if (twoRows)
        {
            Classes.Add("two-row header");
            for (var s = 0; s < subjects.Count; s++)
            {
                sheet.MergeLast(start + s * 2, start + s * 2 + 1);
            }

            sheet.Row([.. bottom]);
        }

        foreach (var indicator in indicators)
        {
            var (unit, factor) = Unit(indicator);
            var bracket = !unitColumn && unit is not null && Chance(0.5);
            var row = new List<object?> { Label(indicator) + (bracket ? $"（{unit}）" : string.Empty) };
            if (unitColumn)
            {
                row.Add(unit ?? indicator.Unit);
            }

            var scale = unitColumn || bracket ? factor : 1;
            var sums = new double[measures.Length];
            foreach (var township in townships)
            {
                for (var m = 0; m < measures.Length; m++)
                {
                    var cell = Value(township.Code, indicator, measures[m], scale, textOnly: false, plain: total);
                    sums[m] += total ? Number(cell) : 0;
                    row.Add(cell);
                }
            }

            if (total)
            {
                row.AddRange(sums.Select(s => (object?)Math.Round(s, 6)));
            }

            sheet.Row([.. row]);
        }
    }

    /// <summary>Indicators and their 本周 and 累计 down the side (时段 | 本周, then 累计 under a blank indicator), townships across the top.</summary>
    public void MeasureColumn(SheetPlan sheet, IReadOnlyList<OrgUnit> townships, IReadOnlyList<Indicator> indicators)
    {
        var (_, words) = Measures(both: true);
        Classes.Add("transposed");
        Classes.Add("measure column");
        sheet.Row([Pick(["指标", "项目"]), Pick(["时段", "口径", ""]), .. townships.Select(OrgUnitLabel)]);
        foreach (var indicator in indicators)
        {
            var (unit, factor) = Unit(indicator);
            var bracket = unit is not null && Chance(0.4);
            var label = Label(indicator) + (bracket ? $"（{unit}）" : string.Empty);
            var measures = new[] { Measure.Period, Measure.Cumulative };
            for (var m = 0; m < measures.Length; m++)
            {
                // A merged indicator cell over its two rows keeps its text in the first only, when saved as CSV.
                sheet.Row([m == 0 || Chance(0.5) ? label : null, words[m], .. townships.Select(t => Value(t.Code, indicator, measures[m], bracket ? factor : 1, textOnly: false))]);
            }
        }
    }

    /// <summary>One row per township and indicator: 乡镇（街道） | 指标 | [报告期] | 数值, as bulk imports are.</summary>
    public void Tidy(SheetPlan sheet, IReadOnlyList<OrgUnit> townships, IReadOnlyList<Indicator> indicators)
    {
        var (measures, words) = Measures();
        var periodColumn = Chance(0.4);
        var codes = Chance(0.3);
        var measureColumn = measures.Length == 2 && Chance(0.35);
        Classes.Add("tidy");
        if (measureColumn)
        {
            // 乡镇（街道） | 指标 | 口径 | 数值, a row for each measure.
            Classes.Add("tidy measure column");
            sheet.Row(["乡镇（街道）", "指标", .. (periodColumn ? new object?[] { "报告期" } : []), Pick(["口径", "类别", "统计口径"]), Pick(["数值", "数量"])]);
        }
        else
        {
            sheet.Row(["乡镇（街道）", "指标", .. (periodColumn ? new object?[] { "报告期" } : []), .. (measures.Length == 1 ? [Pick(["数值", "本周", "本期"])] : words)]);
        }

        foreach (var township in townships)
        {
            foreach (var indicator in indicators)
            {
                object?[] labels = [codes ? township.Code : OrgUnitLabel(township), codes ? indicator.Code : Label(indicator), .. (periodColumn ? new object?[] { period } : [])];
                if (measureColumn)
                {
                    for (var m = 0; m < measures.Length; m++)
                    {
                        sheet.Row([.. labels, words[m], Value(township.Code, indicator, measures[m], 1, textOnly: false)]);
                    }
                }
                else
                {
                    sheet.Row([.. labels, .. measures.Select(m => Value(township.Code, indicator, m, 1, textOnly: false))]);
                }
            }
        }
    }

    /// <summary>Indicators across the top and one row of this period's figures under them.</summary>
    public void SingleRow(SheetPlan sheet, string orgUnit, IReadOnlyList<Indicator> indicators)
    {
        Classes.Add("single row");
        var units = indicators.Select(Unit).ToList();
        var brackets = units.Select(u => u.Word is not null && Chance(0.5)).ToList();
        sheet.Row([.. indicators.Select((i, c) => Label(i) + (brackets[c] ? $"（{units[c].Word}）" : string.Empty))]);
        sheet.Row([.. indicators.Select((i, c) => Value(orgUnit, i, Measure.Period, brackets[c] ? units[c].Factor : 1, textOnly: false))]);
    }

    private object?[] TotalRow(bool serial, string label, int start, int count, List<object?[]> rows)
    {
        var total = new object?[start + count];
        total[serial && Chance(0.5) ? 0 : start - 1] = label;
        for (var c = start; c < start + count; c++)
        {
            total[c] = Math.Round(rows.Sum(r => Number(r[c])), 6);
        }

        return total;
    }

    private static double Number(object? cell) => cell switch
    {
        string text => double.Parse(text, System.Globalization.CultureInfo.InvariantCulture),
        PercentCell percent => percent.Fraction * 100,
        _ => Convert.ToDouble(cell, System.Globalization.CultureInfo.InvariantCulture),
    };

    // A value in the unit it is written in (the catalog's, divided by the header's factor), spelled as offices do;
    // the fact it makes is recorded in the catalog's unit.
    private object Value(string orgUnit, Indicator indicator, Measure measure, double factor, bool textOnly, bool plain = false)
    {
        var value = figures.Of(orgUnit, indicator, measure);
        var written = Math.Round(value / factor, 6);
        SpelledValue spelled;
        if (indicator.ValueType == IndicatorValueType.Percent)
        {
            spelled = plain ? new SpelledValue(SpelledValue.Text(written), written, Qualifier.Exact, "text") : SpelledValue.Percent(random, written, percentFormats && !textOnly);
        }
        else if (plain || factor != 1 || indicator.ValueType == IndicatorValueType.Decimal && written % 1 != 0)
        {
            spelled = Chance(0.5) || textOnly ? new SpelledValue(SpelledValue.Text(written), written, Qualifier.Exact, "text") : new SpelledValue(written, written, Qualifier.Exact, "number");
        }
        else
        {
            spelled = SpelledValue.Amount(random, written, indicator.Unit, indicator.ValueType == IndicatorValueType.Integer, textOnly);
        }

        Classes.Add("value " + spelled.Spelling);
        Facts.Add(new ExpectedFact(orgUnit, indicator.Code, period, measure, Math.Round(spelled.Value * factor, 6), spelled.Qualifier));
        return spelled.Cell;
    }

    private (Measure[] Measures, string[] Words) Measures(bool both = false)
    {
        var sunday = week.Sunday;
        var cumulative = Pick(["累计", "截至目前", "本年累计", "年初至今", "累计完成", $"1-{sunday.Month}月累计", "年度累计", $"截至{sunday.Month}月{sunday.Day}日累计", $"累计（截至{sunday.Month}月{sunday.Day}日）"]);
        return both || Chance(0.6)
            ? ([Measure.Period, Measure.Cumulative], [Pick(PeriodWords), cumulative])
            : ([Measure.Period], [Pick(PeriodWords)]);
    }

    // 走访企业（累计） or 累计走访企业; a measure with brackets of its own (累计（截至4月3日）) stands before the name.
    private string MeasuredLabel(Indicator indicator, string measureWord, string bracket) =>
        Chance(0.5) && !measureWord.Contains('（') ? $"{Label(indicator)}（{measureWord}）{bracket}" : $"{measureWord}{Label(indicator)}{bracket}";

    // The unit a header may write (the catalog's own, or 公里 and 万米 for a length in 米), with the factor to the catalog's.
    private (string? Word, double Factor) Unit(Indicator indicator) => indicator.Unit switch
    {
        "米" => Pick<(string?, double)>([("米", 1), ("米", 1), ("米", 1), ("公里", 1000), ("万米", 10000)]),
        "人" => Pick<(string?, double)>([("人", 1), ("名", 1)]),
        var unit => (unit, 1),
    };

    private string? Serial() => Chance(0.3) ? Pick(["序号", "编号"]) : null;

    // 走 访 企 业: a name spaced out to fill its cell.
    private string Spaced(string label)
    {
        if (label.Length is < 2 or > 5 || !Chance(0.08))
        {
            return label;
        }

        Classes.Add("spaced names");
        return string.Join(' ', label.ToCharArray());
    }

    // 排查安全\n隐患: a long header broken over two lines of its cell (Alt+Enter in Excel).
    private string Broken(string header)
    {
        if (!lineBreaks || header.Length < 5 || !Chance(0.25))
        {
            return header;
        }

        Classes.Add("line break in header");
        return header[..(header.Length / 2)] + "\n" + header[(header.Length / 2)..];
    }

    private string Label(Indicator indicator) => Chance(0.6) ? indicator.NameZh : Pick(indicator.Aliases.ToArray());

    private string OrgUnitLabel(OrgUnit unit) => Chance(0.7) ? unit.NameZh : Pick(unit.Aliases.Where(a => !a.Contains("人民政府", StringComparison.Ordinal)).ToArray());

    private bool Chance(double p) => random.NextDouble() < p;

    private T Pick<T>(T[] items) => items[random.Next(items.Length)];
}
