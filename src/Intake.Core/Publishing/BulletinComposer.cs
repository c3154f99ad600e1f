using System.Globalization;
using Intake.Core.Catalog;
using Intake.Core.Periods;
using Intake.Core.Quantities;
using Intake.Core.Reports;
using Intake.Core.Rollups;

namespace Intake.Core.Publishing;

/// <summary>
/// Drafts the district's work bulletin. A week in the weekly style (一是…二是…, 本周…，累计…); a month, quarter or year in
/// the form of the district's quarterly bulletin (一季度，全区…；截至目前，…（区人社局）). Either way a department's
/// paragraph holds its own figures and the district figure of every indicator it owns (<c>district_value = owner</c>),
/// with the townships' breakdown in brackets; a figure with a target in the catalog's rules is phrased against it
/// (低于省定4.5%的控制目标); the townships share one paragraph for the work each does itself; the draft ends with
/// what disagrees and who has not reported.
/// </summary>
public static class BulletinComposer
{
    private static readonly string[] Ordinals = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五"];

    public static WeeklyBulletin Compose(ReportCatalog catalog, WeeklyReport report)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(report);
        var figures = new Figures(catalog, report.Rollups);
        var paragraphs = new List<string> { BulletinText.Opening(PeriodNames.Lead(report.Week)) };
        foreach (var department in catalog.OrgUnits.Where(u => u.Kind == OrgUnitKind.Department))
        {
            var items = figures.Lines(department).Select(line => line.Period is null
                    ? BulletinText.CumulativeOnly(line.Subject, Stated(catalog, line, line.Cumulative!, withBreakdown: true))
                    : Stated(catalog, line, line.Period, withBreakdown: true, prefix: true)
                        + (line.Cumulative is null ? string.Empty : BulletinText.SoFarToo(figures.Quantity(line.Cumulative, line.Indicator))))
                .ToList();
            if (items.Count > 0)
            {
                paragraphs.Add(BulletinText.Numbered(Ordinal(paragraphs.Count), department.NameZh, BulletinText.WeekSentence(items)));
            }
        }

        var townships = figures.TownshipItems();
        if (townships.Count > 0)
        {
            paragraphs.Add(BulletinText.Numbered(Ordinal(paragraphs.Count), BulletinText.TownshipsName, BulletinText.WeekSentence(townships)));
        }

        if (report.Reconciliations.Count > 0)
        {
            paragraphs.Add(BulletinText.Reconciliation(report.Reconciliations.Count));
        }

        paragraphs.Add(WeeklyReporting(catalog, report.Completeness));
        return new WeeklyBulletin(BulletinText.WeeklyTitle, WeekNames.Chinese(report.Week), paragraphs);
    }

    public static WeeklyBulletin Compose(ReportCatalog catalog, PeriodReport report)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(report);
        var period = report.Period;
        var lead = PeriodNames.Lead(period);
        var figures = new Figures(catalog, report.Rollups);
        var asOf = report.Rollups.ToDictionary(r => (IRollupFigure)r, r => r.AsOf);
        var paragraphs = new List<string> { BulletinText.Opening(lead) };
        foreach (var department in catalog.OrgUnits.Where(u => u.Kind == OrgUnitKind.Department))
        {
            var inPeriod = new List<string>();
            var soFar = new List<string>();
            foreach (var line in figures.Lines(department))
            {
                // For a period that begins the year, its year to date is its amount: 累计 dated by its end is the
                // period's own figure (一季度，全区…870人), a later one is 截至目前.
                if (PeriodParts.StartsYear(period) && line.Cumulative is { } ytd)
                {
                    (asOf[ytd] == period.End ? inPeriod : soFar).Add(Stated(catalog, line, ytd, withBreakdown: true, prefix: true));
                    continue;
                }

                if (line.Period is { } amount)
                {
                    inPeriod.Add(Stated(catalog, line, amount, withBreakdown: true, prefix: true));
                }

                if (line.Cumulative is { } cumulative)
                {
                    soFar.Add(Stated(catalog, line, cumulative, withBreakdown: true, prefix: true));
                }
            }

            var text = (inPeriod.Count > 0 ? BulletinText.Sentence(lead, inPeriod) : string.Empty)
                + (soFar.Count > 0 ? BulletinText.Sentence(BulletinText.SoFar, soFar) : string.Empty);
            if (text.Length > 0)
            {
                paragraphs.Add(BulletinText.Credited(text, department.NameZh));
            }
        }

        var townships = figures.TownshipItems();
        if (townships.Count > 0)
        {
            paragraphs.Add(BulletinText.TownshipsSentence(lead, townships));
        }

        if (report.Reconciliations.Count > 0)
        {
            paragraphs.Add(BulletinText.Reconciliation(report.Reconciliations.Count));
        }

        paragraphs.Add(PeriodReporting(catalog, lead, report.Completeness));
        var name = PeriodNames.Full(period);
        return new WeeklyBulletin(BulletinText.PeriodTitle(name), $"{name}（{PeriodNames.Days(period)}）", paragraphs);
    }

    // One figure as the bulletin states it: the district's own word and the townships' breakdown for an owner
    // indicator, the figure, and its target.
    private static string Stated(ReportCatalog catalog, Line line, IRollupFigure figure, bool withBreakdown, bool prefix = false)
    {
        var breakdown = withBreakdown ? line.Breakdown(figure.Measure) : null;
        var quantity = QualifiedNumber.Write(figure.Value, figure.Qualifier, line.Indicator.Unit) + (breakdown is null ? string.Empty : BulletinText.Breakdown(breakdown));
        var target = Target(catalog, line.Indicator, figure);
        return prefix ? $"{(breakdown is null ? string.Empty : BulletinText.District)}{line.Subject}{quantity}{target}" : quantity + target;
    }

    private static string Target(ReportCatalog catalog, Indicator indicator, IRollupFigure figure)
    {
        var rule = catalog.Rules.FirstOrDefault(r => r.Left == indicator.Code
            && double.TryParse(r.Right, NumberStyles.Float, CultureInfo.InvariantCulture, out _));
        return rule is null ? string.Empty
            : BulletinText.AgainstTarget(figure.Value, figure.Qualifier, rule, double.Parse(rule.Right, CultureInfo.InvariantCulture), indicator.Unit);
    }

    private static string WeeklyReporting(ReportCatalog catalog, IReadOnlyList<CompletenessEntry> completeness)
    {
        var expected = completeness.Where(c => c.Expected).OrderBy(c => Order(catalog, c.Reporter)).ToList();
        var received = expected.Where(c => c.Received).ToList();
        var late = received.Where(c => c.Status == ReportingStatus.Late).Select(c => Name(catalog, c.Reporter)).ToList();
        var missing = expected.Where(c => c.Status == ReportingStatus.Missing).Select(c => Name(catalog, c.Reporter)).ToList();
        var text = BulletinText.WeeklyReporting(expected.Count, received.Count, received.Count - late.Count);
        if (late.Count > 0)
        {
            text += BulletinText.Late(late);
        }

        return missing.Count == 0 ? text + BulletinText.AllReported : text + BulletinText.Missing(missing);
    }

    private static string PeriodReporting(ReportCatalog catalog, string lead, IReadOnlyList<PeriodCompleteness> completeness)
    {
        var expected = completeness.Where(c => c.Expected).OrderBy(c => Order(catalog, c.Reporter)).ToList();
        var weeks = expected.Select(c => c.Weeks).DefaultIfEmpty(0).Max();
        var text = BulletinText.PeriodReporting(lead, weeks, expected.Count, expected.Count(c => c.Complete && c.WeeksLate == 0));
        var shortfalls = expected.Where(c => !c.Complete || c.WeeksLate > 0)
            .Select(c => BulletinText.WeeksReported(Name(catalog, c.Reporter), c.Weeks, c.WeeksReceived, c.WeeksLate))
            .ToList();
        return shortfalls.Count == 0 ? text + BulletinText.AllReported : text + BulletinText.Shortfalls(shortfalls);
    }

    private static int Order(ReportCatalog catalog, string code)
    {
        var index = catalog.OrgUnits.Select(u => u.Code).ToList().IndexOf(code);
        return index < 0 ? int.MaxValue : index;
    }

    private static string Name(ReportCatalog catalog, string code) => catalog.OrgUnitByCode(code)?.NameZh ?? code;

    private static string Ordinal(int index) => index <= Ordinals.Length ? Ordinals[index - 1] : index.ToString(CultureInfo.InvariantCulture);

    /// <summary>One indicator of a department's paragraph: its figures of the period and the year so far.</summary>
    private sealed record Line(Indicator Indicator, IRollupFigure? Period, IRollupFigure? Cumulative, Func<Measure, string?> Breakdown)
    {
        public string Subject => Indicator.NameZh;
    }

    /// <summary>The figures of a week or a period by org unit, indicator and measure.</summary>
    private sealed class Figures(ReportCatalog catalog, IEnumerable<IRollupFigure> rollups)
    {
        private readonly Dictionary<(string OrgUnit, string Indicator, Measure Measure), IRollupFigure> _byKey =
            rollups.ToDictionary(r => (r.OrgUnit, r.Indicator, r.Measure));

        private readonly List<OrgUnit> _townships = catalog.OrgUnits.Where(u => u.Kind == OrgUnitKind.Township).ToList();

        public string Quantity(IRollupFigure figure, Indicator indicator) => QualifiedNumber.Write(figure.Value, figure.Qualifier, indicator.Unit);

        // A department's indicators in catalog order: the district figure of those it owns (with the townships'
        // figures behind it), its own figures of the others.
        public IEnumerable<Line> Lines(OrgUnit department)
        {
            foreach (var indicator in catalog.Indicators)
            {
                var owned = catalog.OwnerOf(indicator)?.Code == department.Code;
                var unit = owned ? WeeklyRollupBuilder.District : department.Code;
                var period = _byKey.GetValueOrDefault((unit, indicator.Code, Measure.Period));
                var cumulative = _byKey.GetValueOrDefault((unit, indicator.Code, Measure.Cumulative));
                if (period is not null || cumulative is not null)
                {
                    yield return new Line(indicator, period, cumulative, owned ? m => Shares(indicator, m) : _ => null);
                }
            }
        }

        // The work each township does itself (district_value = sum), with their total.
        public List<string> TownshipItems() =>
            catalog.Indicators
                .Where(i => i.DistrictValue == DistrictValue.Sum)
                .Select(i => (Indicator: i, Rows: Rows(i, Measure.Period)))
                .Where(x => x.Rows.Count > 0)
                .Select(x => x.Indicator.UnitAggregation == Aggregation.Sum
                    ? BulletinText.Total(x.Indicator.NameZh,
                        QualifiedNumber.Write(x.Rows.Sum(r => r.Figure.Value), WeeklyRollupBuilder.CombineQualifiers(x.Rows.Select(r => r.Figure.Qualifier)), x.Indicator.Unit),
                        Join(x.Indicator, x.Rows))
                    : $"{x.Indicator.NameZh}：{Join(x.Indicator, x.Rows)}")
                .ToList();

        private string? Shares(Indicator indicator, Measure measure)
        {
            var rows = Rows(indicator, measure);
            return rows.Count == 0 ? null : Join(indicator, rows);
        }

        private List<(OrgUnit Unit, IRollupFigure Figure)> Rows(Indicator indicator, Measure measure) =>
            _townships.Select(t => (t, _byKey.GetValueOrDefault((t.Code, indicator.Code, measure))))
                .Where(x => x.Item2 is not null)
                .Select(x => (x.t, x.Item2!))
                .ToList();

        private string Join(Indicator indicator, List<(OrgUnit Unit, IRollupFigure Figure)> rows) =>
            string.Join("、", rows.Select(r => BulletinText.Share(r.Unit.NameZh, Quantity(r.Figure, indicator))));
    }
}
