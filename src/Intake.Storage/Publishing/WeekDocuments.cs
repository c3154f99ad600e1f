using Intake.Core.Catalog;
using Intake.Core.Periods;
using Intake.Core.Publishing;
using Intake.Core.Rollups;
using Intake.Storage.Rollups;
using Microsoft.Extensions.Logging;

namespace Intake.Storage.Publishing;

/// <summary>
/// The documents the district office forwards for a week, made from what the rollup stored for it: the export
/// workbook and the bulletin draft. <c>intake export</c>, <c>intake bulletin</c> and the web page's downloads all
/// call it. It only reads: a week no rollup has built yet is said to be so (null), never built here, so that a GET
/// of a download writes no table; the timer, <c>intake rollup</c> and the page's POST build.
/// </summary>
public sealed class WeekDocuments(
    WeeklyReportReader reader,
    ReportCatalog catalog,
    ILogger<WeekDocuments> logger)
{
    /// <summary>How many weeks the export's 完成情况 sheet shows, the exported one last.</summary>
    public const int CompletenessWeeks = 8;

    /// <summary>The stored rollup of a week; null when no rollup has built it (a built week has a completeness row per expected reporter).</summary>
    public async Task<WeeklyReport?> ReadBuiltAsync(Period week, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(week);
        var report = await reader.ReadAsync(week, cancellationToken).ConfigureAwait(false);
        if (report.Completeness.Count > 0)
        {
            return report;
        }

        logger.LogInformation("{Week} has not been rolled up; its documents wait for the rollup", week.Code);
        return null;
    }

    /// <summary>Writes the export workbook (汇总, 完成情况 over the last weeks, 数据核对); null, writing nothing, when the week is not built.</summary>
    public async Task<WeeklyReport?> WriteExportAsync(Period week, Stream output, CancellationToken cancellationToken = default)
    {
        if (await ReadBuiltAsync(week, cancellationToken).ConfigureAwait(false) is not { } report)
        {
            return null;
        }

        var history = new List<CompletenessEntry>();
        for (var (w, i) = (report.Week, 0); i < CompletenessWeeks; (w, i) = (Period.Week(w.Start.AddDays(-1)), i + 1))
        {
            history.AddRange(w == report.Week ? report.Completeness : await reader.ReadCompletenessAsync(w, cancellationToken).ConfigureAwait(false));
        }

        WeeklyWorkbook.Write(catalog, report, history, output);
        return report;
    }

    /// <summary>Writes the bulletin draft, as a Word document or as Markdown; null, writing nothing, when the week is not built.</summary>
    public async Task<WeeklyReport?> WriteBulletinAsync(Period week, Stream output, bool markdown = false, CancellationToken cancellationToken = default)
    {
        if (await ReadBuiltAsync(week, cancellationToken).ConfigureAwait(false) is not { } report)
        {
            return null;
        }

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
