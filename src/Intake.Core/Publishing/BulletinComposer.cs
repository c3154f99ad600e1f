using System.Globalization;
using Intake.Core.Catalog;
using Intake.Core.Messages;
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
    public static WeeklyBulletin Compose(ReportCatalog catalog, WeeklyReport report)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(report);
        var figures = new Figures(catalog, report.Rollups);
        var paragraphs = new List<string> { MessageCatalog.BulletinOpening(MessageCatalog.PeriodLead(report.Week)).Zh };
        foreach (var department in catalog.OrgUnits.Where(u => u.Kind == OrgUnitKind.Department))
        {
            var items = figures.Lines(department).Select(line => line.Period is null
                    ? MessageCatalog.BulletinCumulativeOnly(line.Subject, Stated(catalog, line, line.Cumulative!, withBreakdown: true)).Zh
                    : Stated(catalog, line, line.Period, withBreakdown: true, prefix: true)
                        + (line.Cumulative is null ? string.Empty : MessageCatalog.BulletinSoFarToo(figures.Quantity(line.Cumulative, line.Indicator)).Zh))
                .ToList();
            if (items.Count > 0)
            {
                paragraphs.Add(MessageCatalog.BulletinNumbered(paragraphs.Count, department.NameZh, MessageCatalog.BulletinWeekSentence(items).Zh).Zh);
            }
        }

        var townships = figures.TownshipItems();
        if (townships.Count > 0)
        {
            paragraphs.Add(MessageCatalog.BulletinNumbered(paragraphs.Count, MessageCatalog.BulletinTownships.Zh, MessageCatalog.BulletinWeekSentence(townships).Zh).Zh);
        }

        if (report.Reconciliations.Count > 0)
        {
            paragraphs.Add(MessageCatalog.BulletinReconciliation(report.Reconciliations.Count).Zh);
        }

        paragraphs.Add(WeeklyReporting(catalog, report.Completeness));
        return new WeeklyBulletin(MessageCatalog.BulletinWeeklyTitle.Zh, MessageCatalog.WeekName(report.Week).Zh, paragraphs);
    }

    public static WeeklyBulletin Compose(ReportCatalog catalog, PeriodReport report)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(report);
        var period = report.Period;
        var lead = MessageCatalog.PeriodLead(period).Zh;
        var figures = new Figures(catalog, report.Rollups);
        var asOf = report.Rollups.ToDictionary(r => (IRollupFigure)r, r => r.AsOf);
        var paragraphs = new List<string> { MessageCatalog.BulletinOpening(MessageCatalog.PeriodLead(period)).Zh };
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

            var text = (inPeriod.Count > 0 ? MessageCatalog.BulletinSentence(lead, inPeriod).Zh : string.Empty)
                + (soFar.Count > 0 ? MessageCatalog.BulletinSentence(MessageCatalog.BulletinSoFar.Zh, soFar).Zh : string.Empty);
            if (text.Length > 0)
            {
                paragraphs.Add(MessageCatalog.BulletinCredited(text, department.NameZh).Zh);
            }
        }

        var townships = figures.TownshipItems();
        if (townships.Count > 0)
        {
            paragraphs.Add(MessageCatalog.BulletinTownshipsSentence(lead, townships).Zh);
        }

        if (report.Reconciliations.Count > 0)
        {
            paragraphs.Add(MessageCatalog.BulletinReconciliation(report.Reconciliations.Count).Zh);
        }

        paragraphs.Add(PeriodReporting(catalog, lead, report.Completeness));
        return new WeeklyBulletin(MessageCatalog.BulletinPeriodTitle(period).Zh, MessageCatalog.BulletinSubtitle(period).Zh, paragraphs);
    }

    // One figure as the bulletin states it: the district's own word and the townships' breakdown for an owner
    // indicator, the figure, and its target.
    private static string Stated(ReportCatalog catalog, Line line, IRollupFigure figure, bool withBreakdown, bool prefix = false)
    {
        var breakdown = withBreakdown ? line.Breakdown(figure.Measure) : null;
        var quantity = QualifiedNumber.Write(figure.Value, figure.Qualifier, line.Indicator.Unit) + (breakdown is null ? string.Empty : MessageCatalog.BulletinBreakdown(breakdown).Zh);
        var target = Target(catalog, line.Indicator, figure);
        return prefix ? $"{(breakdown is null ? string.Empty : MessageCatalog.BulletinDistrict.Zh)}{line.Subject}{quantity}{target}" : quantity + target;
    }

    private static string Target(ReportCatalog catalog, Indicator indicator, IRollupFigure figure)
    {
        var rule = catalog.Rules.FirstOrDefault(r => r.Left == indicator.Code
            && double.TryParse(r.Right, NumberStyles.Float, CultureInfo.InvariantCulture, out _));
        return rule is null ? string.Empty
            : MessageCatalog.BulletinAgainstTarget(figure.Value, figure.Qualifier, rule, double.Parse(rule.Right, CultureInfo.InvariantCulture), indicator.Unit).Zh;
    }

    private static string WeeklyReporting(ReportCatalog catalog, IReadOnlyList<CompletenessEntry> completeness)
    {
        var expected = completeness.Where(c => c.Expected).OrderBy(c => Order(catalog, c.Reporter)).ToList();
        var received = expected.Where(c => c.Received).ToList();
        var late = received.Where(c => c.Status == ReportingStatus.Late).Select(c => Name(catalog, c.Reporter)).ToList();
        var missing = expected.Where(c => c.Status == ReportingStatus.Missing).Select(c => Name(catalog, c.Reporter)).ToList();
        var text = MessageCatalog.BulletinWeeklyReporting(expected.Count, received.Count, received.Count - late.Count).Zh;
        if (late.Count > 0)
        {
            text += MessageCatalog.BulletinLate(late).Zh;
        }

        return missing.Count == 0 ? text + MessageCatalog.BulletinAllReported.Zh : text + MessageCatalog.BulletinMissing(missing).Zh;
    }

    private static string PeriodReporting(ReportCatalog catalog, string lead, IReadOnlyList<PeriodCompleteness> completeness)
    {
        var expected = completeness.Where(c => c.Expected).OrderBy(c => Order(catalog, c.Reporter)).ToList();
        var weeks = expected.Select(c => c.Weeks).DefaultIfEmpty(0).Max();
        var text = MessageCatalog.BulletinPeriodReporting(lead, weeks, expected.Count, expected.Count(c => c.Complete && c.WeeksLate == 0)).Zh;
        var shortfalls = expected.Where(c => !c.Complete || c.WeeksLate > 0)
            .Select(c => MessageCatalog.BulletinWeeksReported(Name(catalog, c.Reporter), c.Weeks, c.WeeksReceived, c.WeeksLate).Zh)
            .ToList();
        return shortfalls.Count == 0 ? text + MessageCatalog.BulletinAllReported.Zh : text + MessageCatalog.BulletinShortfalls(shortfalls).Zh;
    }

    private static int Order(ReportCatalog catalog, OrgUnitCode code)
    {
        var index = catalog.OrgUnits.Select(u => u.Code).ToList().IndexOf(code);
        return index < 0 ? int.MaxValue : index;
    }

    private static string Name(ReportCatalog catalog, string code) => catalog.OrgUnitByCode(code)?.NameZh ?? code;

    /// <summary>One indicator of a department's paragraph: its figures of the period and the year so far.</summary>
    private sealed record Line(Indicator Indicator, IRollupFigure? Period, IRollupFigure? Cumulative, Func<Measure, string?> Breakdown)
    {
        public string Subject => Indicator.NameZh;
    }

    /// <summary>The figures of a week or a period by org unit, indicator and measure.</summary>
    private sealed class Figures(ReportCatalog catalog, IEnumerable<IRollupFigure> rollups)
    {
        private readonly Dictionary<(OrgUnitCode OrgUnit, IndicatorCode Indicator, Measure Measure), IRollupFigure> _byKey =
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
                    ? MessageCatalog.BulletinTotal(x.Indicator.NameZh,
                        QualifiedNumber.Write(x.Rows.Sum(r => r.Figure.Value), WeeklyRollupBuilder.CombineQualifiers(x.Rows.Select(r => r.Figure.Qualifier)), x.Indicator.Unit),
                        Join(x.Indicator, x.Rows)).Zh
                    : MessageCatalog.BulletinListed(x.Indicator.NameZh, Join(x.Indicator, x.Rows)).Zh)
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
            MessageCatalog.BulletinShares(rows.Select(r => (r.Unit.NameZh, Quantity(r.Figure, indicator)))).Zh;
    }
}
