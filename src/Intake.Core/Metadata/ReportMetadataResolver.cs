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
    public static ReportMetadata Resolve(ReportCatalog catalog, ReportHints hints, IReadOnlyList<MetadataLine> lines)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(hints);
        var issues = new List<ReportIssue>();
        var reporter = Settle(ReporterCandidates(catalog, hints, lines, issues), IssueCodes.ReporterConflict, issues);
        var periods = PeriodCandidates(hints, lines, issues);
        var explicitPeriods = periods.Where(p => p.Source != MetadataSource.FilingDate).ToList();
        var period = Settle(explicitPeriods.Count > 0 ? explicitPeriods : periods, IssueCodes.PeriodConflict, issues);
        return new ReportMetadata(reporter is null ? null : new OrgUnitCode(reporter), period is null ? null : Period.Parse(period), issues);
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
            var named = ReporterText.Labelled(catalog, line.Text) ?? (line.Kind == MetadataLineKind.Title ? ReporterText.InTitle(catalog, line.Text, line.Subject) : []);
            candidates.AddRange(named.Select(u => new MetadataCandidate(u.Code, MetadataSource.Cell, line.Cell, line.Text)));
        }

        var sections = lines.Where(l => l.Kind == MetadataLineKind.Section).ToList();

        AddFromName(candidates, Path.GetFileNameWithoutExtension(hints.FileName), MetadataSource.FileName, catalog);
        AddFromName(candidates, DirectoryOf(hints.BlobPath), MetadataSource.BlobPath, catalog);
        // 峡窝镇 over a township's only table names whom it is about; with nothing else to go by, that is who wrote it.
        if (candidates.Count == 0 && sections.Select(l => catalog.FindOrgUnit(l.Text)).Distinct().ToList() is [{ Kind: not OrgUnitKind.District } only])
        {
            candidates.Add(new MetadataCandidate(only.Code, MetadataSource.Cell, sections[0].Cell, sections[0].Text));
        }

        return candidates;
    }

    private static void AddFromName(List<MetadataCandidate> candidates, string? name, MetadataSource source, ReportCatalog catalog)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return;
        }

        // A file name is a title: 城管局2022年第13周周报, but not 峡窝镇等6个镇（街道）…情况.
        var units = ReporterText.InTitle(catalog, name, null).ToList();
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
            .Select(m => Anchored(text.Text, m))
            .OfType<PeriodMatch>()
            .Where(m => (m.YearInferred == defaultYear.HasValue)
                && (m.Kind == PeriodSource.FilingDate ? text.Source == MetadataSource.Cell : !text.FilingDatesOnly));

    // A day the data are counted from (累计数自1月1日起) is no period at all; a day they are counted up to (数据截至4月3日)
    // dates them as a filing date does: within the stated period, or giving its week when nothing else does. 截至第13周
    // names the period it counts up to.
    private static PeriodMatch? Anchored(string text, PeriodMatch match)
    {
        var before = text[..match.Index].TrimEnd().TrimEnd('（', '(', '【', '[', '：', ':').TrimEnd();
        var after = text[(match.Index + match.Length)..].TrimStart();
        if (SinceWords.Any(w => before.EndsWith(w, StringComparison.Ordinal)) || StartWords.Any(w => after.StartsWith(w, StringComparison.Ordinal)))
        {
            return null;
        }

        var upTo = UpToWords.Any(w => before.EndsWith(w, StringComparison.Ordinal));
        return upTo && match.Period.Kind == PeriodKind.Day && Period.TryWeekContaining(match.Period.Start) is { } week
            ? match with { Period = week, Kind = PeriodSource.FilingDate }
            : match;
    }

    private static readonly string[] SinceWords = ["自", "从", "由"];
    private static readonly string[] StartWords = ["起", "以来", "开始"];
    private static readonly string[] UpToWords = ["截至", "截止", "截止到", "截至到"];

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
            if (stated.Count == 1)
            {
                candidates.AddRange(Matches(text, stated[0]).Select(m => Candidate(text, m)));
            }
            else if (stated.Count == 0 && filed is not null)
            {
                candidates.AddRange(NearestTo(text, filed).Select(m => Candidate(text, m)));
            }
            else if (stated.Count == 0 && Yearless(text) is { } written)
            {
                issues.Add(new ReportIssue(Severity.Error, IssueCodes.PeriodMissing, text.Cell, null, MessageCatalog.PeriodWithoutYear(written), written, MessageCatalog.ExpectedPeriod));
            }
        }
    }

    // Of the years around the filing date, the one that puts each expression nearest the day the report was filed.
    private static IEnumerable<PeriodMatch> NearestTo(PeriodSourceText text, Period filed)
    {
        var day = filed.Start.AddDays(3);
        return Enumerable.Range(day.Year - 1, 3)
            .SelectMany(year => Matches(text, year))
            .GroupBy(m => m.Index)
            .Select(g => g.OrderBy(m => Math.Abs(m.Period.End.DayNumber - day.DayNumber)).First());
    }

    // The first expression written without a year, tried with several years: a range of days (3月28日-4月3日) makes
    // one week in some years and not in others.
    private static string? Yearless(PeriodSourceText text) =>
        PeriodText.ProbeYears.SelectMany(year => Matches(text, year)).Select(m => text.Text.Substring(m.Index, m.Length)).FirstOrDefault();

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
