using Intake.Core.Catalog;
using Intake.Core.Messages;
using Intake.Core.Periods;
using Intake.Core.Publishing;
using Intake.Core.Rollups;
using Intake.Storage.Rollups;

namespace Intake.Storage.Publishing;

/// <summary>
/// The documents of a month, quarter or year, made from what its rollup stored: the export workbook and the bulletin
/// draft in the form of the district's quarterly bulletin. Reads only: a period no rollup has built yet is reported
/// as such (null), never built here; the timer, <c>intake rollup --period</c> build it.
/// <c>intake export</c>, <c>intake bulletin</c> and the web page's downloads call it.
/// </summary>
public sealed class PeriodDocuments(PeriodReportReader reader, ReportCatalog catalog)
{
    /// <summary>The stored rollup of the period, or null when it was never built.</summary>
    public Task<PeriodReport?> ReadAsync(Period period, CancellationToken cancellationToken = default) => reader.ReadAsync(period, cancellationToken);

    /// <summary>Writes the export workbook (汇总, 完成情况, 数据核对).</summary>
    public void WriteExport(PeriodReport report, Stream output) => PeriodWorkbook.Write(catalog, report, output);

    /// <summary>Writes the bulletin draft, as a Word document or as Markdown.</summary>
    public async Task WriteBulletinAsync(PeriodReport report, Stream output, bool markdown = false, CancellationToken cancellationToken = default)
    {
        var bulletin = BulletinComposer.Compose(catalog, report);
        if (markdown)
        {
            await using var writer = new StreamWriter(output, new System.Text.UTF8Encoding(false), leaveOpen: true);
            await writer.WriteAsync(BulletinMarkdown.Write(bulletin).AsMemory(), cancellationToken).ConfigureAwait(false);
        }
        else
        {
            BulletinDocx.Write(bulletin, output);
        }
    }

    /// <summary>What to tell a person who asked for a period that was never built.</summary>
    public static LocalizedText NotBuilt(Period period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return MessageCatalog.PeriodNotBuilt(MessageCatalog.PeriodName(period).Zh, period.Code);
    }
}
