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

        foreach (var line in lines.Where(l => !RowLabels.IsRemark(l.Text)))
        {
            // Under the table only a filing date speaks of the period; 累计自1月1日 in a note does not.
            candidates.AddRange(PeriodText.FindAll(line.Text)
                .Where(m => line.Kind != MetadataLineKind.Footer || m.Kind == PeriodSource.FilingDate)
                .Select(m => new MetadataCandidate(
                    m.Period.Code, m.Kind == PeriodSource.FilingDate ? MetadataSource.FilingDate : MetadataSource.Cell, line.Cell, line.Text)));
        }

        AddPeriods(candidates, Path.GetFileNameWithoutExtension(hints.FileName), MetadataSource.FileName);
        AddPeriods(candidates, DirectoryOf(hints.BlobPath), MetadataSource.BlobPath);
        return candidates;
    }

    private static void AddPeriods(List<MetadataCandidate> candidates, string? text, MetadataSource source) =>
        candidates.AddRange(PeriodText.FindAll(text)
            .Where(m => m.Kind != PeriodSource.FilingDate)
            .Select(m => new MetadataCandidate(m.Period.Code, source, null, text!)));

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
