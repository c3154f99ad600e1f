using Intake.Core.Catalog;
using Intake.Core.Periods;
using Intake.Core.Publishing;
using Intake.Core.Rollups;
using Intake.Storage.Rollups;
using Microsoft.Extensions.Logging;

namespace Intake.Storage.Publishing;

/// <summary>
/// The documents the district office forwards for a week, made from its stored rollup (built first if the
/// week never was): the export workbook and the bulletin draft. <c>intake export</c>, <c>intake bulletin</c>
/// and the web page's downloads all call it.
/// </summary>
public sealed class WeekDocuments(
    WeeklyReportReader reader,
    BuildWeeklyRollupsHandler rollups,
    ReportCatalog catalog,
    ILogger<WeekDocuments> logger)
{
    /// <summary>How many weeks the export's 完成情况 sheet shows, the exported one last.</summary>
    public const int CompletenessWeeks = 8;

    /// <summary>The stored rollup of a week, built first when it never was.</summary>
    public async Task<WeeklyReport> ReadOrBuildAsync(Period week, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(week);
        var report = await reader.ReadAsync(week, cancellationToken).ConfigureAwait(false);
        if (report.Completeness.Count > 0)
        {
            return report;
        }

        logger.LogWarning("{Week} was not rolled up yet; building it first", week.Code);
        return await rollups.RunAsync(week, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes the export workbook (汇总, 完成情况 over the last weeks, 数据核对).</summary>
    public async Task<WeeklyReport> WriteExportAsync(Period week, Stream output, CancellationToken cancellationToken = default)
    {
        var report = await ReadOrBuildAsync(week, cancellationToken).ConfigureAwait(false);
        var history = new List<CompletenessEntry>();
        for (var (w, i) = (report.Week, 0); i < CompletenessWeeks; (w, i) = (Period.Week(w.Start.AddDays(-1)), i + 1))
        {
            history.AddRange(w == report.Week ? report.Completeness : await reader.ReadCompletenessAsync(w, cancellationToken).ConfigureAwait(false));
        }

        WeeklyWorkbook.Write(catalog, report, history, output);
        return report;
    }

    /// <summary>Writes the bulletin draft, as a Word document or as Markdown.</summary>
    public async Task<WeeklyReport> WriteBulletinAsync(Period week, Stream output, bool markdown = false, CancellationToken cancellationToken = default)
    {
        var report = await ReadOrBuildAsync(week, cancellationToken).ConfigureAwait(false);
        var bulletin = BulletinComposer.Compose(catalog, report);
        if (markdown)
        {
            await using var writer = new StreamWriter(output, new System.Text.UTF8Encoding(false), leaveOpen: true);
            await writer.WriteAsync(BulletinMarkdown.Write(bulletin)).ConfigureAwait(false);
        }
        else
        {
            BulletinDocx.Write(bulletin, output);
        }

        return report;
    }
}
