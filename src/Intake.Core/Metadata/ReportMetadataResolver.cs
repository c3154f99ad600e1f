using Intake.Core.Messages;
using Intake.Core.Catalog;
using Intake.Core.Layout;
using Intake.Core.Periods;
using Intake.Core.Reports;

namespace Intake.Core.Metadata;

/// <summary>
/// Settles who reported and for which period from every source (DESIGN.md, Periods): explicit
/// metadata, cells, the file name, the blob path. Sources that disagree are a conflict, never a
/// silent pick; a filing date counts only when nothing else gives a period.
/// </summary>
public static class ReportMetadataResolver
{
    private static readonly string[] ReporterLabels = ["填报单位", "报送单位", "填表单位", "导出单位"];

    public static ReportMetadata Resolve(ReportCatalog catalog, ReportHints hints, IReadOnlyList<MetadataLine> lines)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(hints);
        var issues = new List<ReportIssue>();
        var reporter = Settle(ReporterCandidates(catalog, hints, lines, issues), IssueCodes.ReporterConflict, issues);
        var periods = PeriodCandidates(hints, lines, issues);
        var explicitPeriods = periods.Where(p => p.Source != MetadataSource.FilingDate).ToList();
        var period = Settle(explicitPeriods.Count > 0 ? explicitPeriods : periods, IssueCodes.PeriodConflict, issues);
        return new ReportMetadata(reporter, period, issues);
    }

    private static List<MetadataCandidate> ReporterCandidates(
        ReportCatalog catalog, ReportHints hints, IReadOnlyList<MetadataLine> lines, List<ReportIssue> issues)
    {
        var candidates = new List<MetadataCandidate>();
        if (!string.IsNullOrWhiteSpace(hints.Reporter))
        {
            var unit = catalog.OrgUnitByCode(hints.Reporter.Trim()) ?? catalog.FindOrgUnit(hints.Reporter);
            if (unit is null || unit.Kind == OrgUnitKind.District)
            {
                issues.Add(new ReportIssue(Severity.Error, IssueCodes.UnknownOrgUnit, null, null, MessageCatalog.GivenReporterUnknown(hints.Reporter)));
            }
            else
            {
                candidates.Add(new MetadataCandidate(unit.Code, MetadataSource.Explicit, null, hints.Reporter));
            }
        }

        foreach (var line in lines)
        {
            if (line.Kind == MetadataLineKind.Title || ReporterLabels.Any(l => line.Text.Contains(l, StringComparison.Ordinal)))
            {
                candidates.AddRange(catalog.FindReportersIn(ReporterPart(line.Text))
                    .Select(u => new MetadataCandidate(u.Code, MetadataSource.Cell, line.Cell, line.Text)));
            }
        }

        AddFromName(candidates, Path.GetFileNameWithoutExtension(hints.FileName), MetadataSource.FileName, catalog);
        AddFromName(candidates, DirectoryOf(hints.BlobPath), MetadataSource.BlobPath, catalog);
        return candidates;
    }

    private static void AddFromName(List<MetadataCandidate> candidates, string? name, MetadataSource source, ReportCatalog catalog)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return;
        }

        var units = catalog.FindReportersIn(name).ToList();
        foreach (var token in name.Split(['_', '-', '.', ' ', '/'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (catalog.OrgUnitByCode(token) is { Kind: not OrgUnitKind.District } unit && !units.Contains(unit))
            {
                units.Add(unit);
            }
        }

        candidates.AddRange(units.Select(u => new MetadataCandidate(u.Code, source, null, name)));
    }

    private static List<MetadataCandidate> PeriodCandidates(ReportHints hints, IReadOnlyList<MetadataLine> lines, List<ReportIssue> issues)
    {
        var candidates = new List<MetadataCandidate>();
        if (!string.IsNullOrWhiteSpace(hints.Period))
        {
            if (Period.TryParse(hints.Period.Trim(), out var given))
            {
                candidates.Add(new MetadataCandidate(given.Code, MetadataSource.Explicit, null, hints.Period));
            }
            else
            {
                issues.Add(new ReportIssue(Severity.Error, IssueCodes.PeriodMissing, null, null, MessageCatalog.GivenPeriodInvalid(hints.Period)));
            }
        }

        var texts = PeriodTexts(hints, lines).ToList();
        foreach (var text in texts)
        {
            candidates.AddRange(Matches(text, null).Select(m => Candidate(text, m)));
        }

        AddYearless(candidates, texts, issues);
        return WithoutYearContext(candidates);
    }

    // Every text that may state the period, strongest first: the sheet's lines (under the table only a filing date
    // speaks of the period; 累计自1月1日 in a note does not), the file name, the blob path.
    private static IEnumerable<PeriodSourceText> PeriodTexts(ReportHints hints, IReadOnlyList<MetadataLine> lines)
    {
        foreach (var line in lines.Where(l => !RowLabels.IsRemark(l.Text)))
        {
            yield return new PeriodSourceText(line.Text, MetadataSource.Cell, line.Cell, line.Kind == MetadataLineKind.Footer);
        }

        yield return new PeriodSourceText(Path.GetFileNameWithoutExtension(hints.FileName), MetadataSource.FileName, null, false);
        if (DirectoryOf(hints.BlobPath) is { } directory)
        {
            yield return new PeriodSourceText(directory, MetadataSource.BlobPath, null, false);
        }
    }

    private static IEnumerable<PeriodMatch> Matches(PeriodSourceText text, int? defaultYear) =>
        PeriodText.FindAll(text.Text, defaultYear)
            .Where(m => (m.YearInferred == defaultYear.HasValue)
                && (m.Kind == PeriodSource.FilingDate ? text.Source == MetadataSource.Cell : !text.FilingDatesOnly));

    private static MetadataCandidate Candidate(PeriodSourceText text, PeriodMatch match) =>
        new(match.Period.Code, match.Kind == PeriodSource.FilingDate ? MetadataSource.FilingDate : text.Source, text.Cell, text.Text);

    // A week written without its year (第13周) takes the year the report states elsewhere (a title, the file name, an
    // explicit period); failing that, the year of its filing date that puts the week nearest the day it was filed
    // (第52周 filed on 2023年1月3日 is 2022's). The filing date never stands in for the week itself, and a week whose
    // year nothing gives is no period at all: the clerk is asked for the year.
    private static void AddYearless(List<MetadataCandidate> candidates, List<PeriodSourceText> texts, List<ReportIssue> issues)
    {
        var stated = candidates.Where(c => c.Source != MetadataSource.FilingDate).Select(c => YearOf(c.Code)).Distinct().ToList();
        var filed = candidates.Where(c => c.Source == MetadataSource.FilingDate).Select(c => Period.TryParse(c.Code, out var week) ? week : null)
            .OfType<Period>().FirstOrDefault();
        foreach (var text in texts)
        {
            foreach (var probe in Matches(text, ProbeYear))
            {
                var completed = stated.Count == 1 ? Complete(text, probe, stated[0])
                    : stated.Count == 0 && filed is not null ? NearestTo(text, probe, filed)
                    : null;
                if (completed is not null)
                {
                    candidates.Add(Candidate(text, completed.Value));
                }
                else if (stated.Count == 0)
                {
                    var written = text.Text.Substring(probe.Index, probe.Length);
                    issues.Add(new ReportIssue(Severity.Error, IssueCodes.PeriodMissing, text.Cell, null, MessageCatalog.PeriodWithoutYear(written), written, MessageCatalog.ExpectedPeriod));
                }
            }
        }
    }

    private static PeriodMatch? Complete(PeriodSourceText text, PeriodMatch probe, int year) =>
        Matches(text, year).Where(m => m.Index == probe.Index).Select(m => (PeriodMatch?)m).FirstOrDefault();

    private static PeriodMatch? NearestTo(PeriodSourceText text, PeriodMatch probe, Period filed)
    {
        var day = filed.Start.AddDays(3);
        return Enumerable.Range(day.Year - 1, 3)
            .Select(year => Complete(text, probe, year))
            .OfType<PeriodMatch>()
            .OrderBy(m => Math.Abs(m.Period.End.DayNumber - day.DayNumber))
            .Select(m => (PeriodMatch?)m)
            .FirstOrDefault();
    }

    // A bare year in a title or a file name (上街区城管局2022年工作周报) says which year the report is of, not that it
    // reports the year: beside a week or a month of that year it is no rival. An explicit period is never set aside.
    private static List<MetadataCandidate> WithoutYearContext(List<MetadataCandidate> candidates)
    {
        var finer = candidates.Where(c => c.Source != MetadataSource.FilingDate && c.Code.Length > 4).ToList();
        return candidates
            .Where(c => c.Source == MetadataSource.Explicit || c.Code.Length > 4 || !finer.Any(f => YearOf(f.Code) == YearOf(c.Code)))
            .ToList();
    }

    // The year of a period code: 2022 of 2022-W13, 2022-03, 2022-Q1 and 2022.
    private static int YearOf(string code) => int.Parse(code.AsSpan(0, 4), System.Globalization.CultureInfo.InvariantCulture);

    // Any year completes a week number when only whether one is written matters.
    private const int ProbeYear = 2000;

    private sealed record PeriodSourceText(string Text, MetadataSource Source, string? Cell, bool FilingDatesOnly);

    private static string? Settle(List<MetadataCandidate> candidates, string conflictCode, List<ReportIssue> issues)
    {
        var distinct = candidates.DistinctBy(c => c.Code).ToList();
        if (distinct.Count <= 1)
        {
            return distinct.FirstOrDefault()?.Code;
        }

        var readings = distinct.Select(c => MessageCatalog.Reading(c.Source, c.Cell, c.Evidence, c.Code));
        issues.Add(new ReportIssue(Severity.Error, conflictCode, distinct.Select(c => c.Cell).FirstOrDefault(c => c is not null), null,
            conflictCode == IssueCodes.ReporterConflict ? MessageCatalog.ReporterConflict(readings) : MessageCatalog.PeriodConflict(readings)));
        return null;
    }

    // In "填报单位：峡窝镇 报告期：…" only what follows the label names the reporter.
    private static string ReporterPart(string text)
    {
        var at = ReporterLabels.Select(l => text.IndexOf(l, StringComparison.Ordinal)).Where(i => i >= 0).DefaultIfEmpty(0).Min();
        return text[at..];
    }

    private static string? DirectoryOf(string? blobPath)
    {
        if (string.IsNullOrEmpty(blobPath))
        {
            return null;
        }

        var slash = blobPath.LastIndexOf('/');
        return slash > 0 ? blobPath[..slash] : null;
    }
}
