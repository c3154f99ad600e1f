using Intake.Core.Messages;
using Intake.Core.Periods;
using Intake.Core.Validation;
using Intake.Storage.Publishing;
using Intake.Web.Access;
using Intake.Web.Routing;
using Microsoft.AspNetCore.Http;

namespace Intake.Web.Week;

/// <summary>
/// The downloads of a month, quarter or year: its export workbook and bulletin draft, from what its rollup stored.
/// Reads only: a period that was never built answers 404 saying so, and one out of the periods reports are taken for
/// (<see cref="PeriodRange"/>) 400 saying why, as a week does.
/// </summary>
public sealed class PeriodEndpoints(PeriodDocuments documents, PeriodRange periods)
{
    public Task ExportAsync(HttpContext context, Visitor visitor) =>
        DocumentAsync(context, (r, s, _) => { documents.WriteExport(r, s); return Task.CompletedTask; }, MessageCatalog.PeriodExportName,
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    public Task BulletinAsync(HttpContext context, Visitor visitor) =>
        DocumentAsync(context, (r, s, c) => documents.WriteBulletinAsync(r, s, cancellationToken: c), MessageCatalog.PeriodBulletinName,
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private async Task DocumentAsync(
        HttpContext context, Func<Intake.Core.Rollups.PeriodReport, Stream, CancellationToken, Task> write, Func<string, LocalizedText> name, string contentType)
    {
        ArgumentNullException.ThrowIfNull(context);
        var text = context.Request.RouteValues["period"] as string ?? string.Empty;
        if (!Period.TryParse(text, out var period) || period.Kind is not (PeriodKind.Month or PeriodKind.Quarter or PeriodKind.Year))
        {
            await WebResults.Problem(StatusCodes.Status400BadRequest, MessageCatalog.InvalidLongPeriod(text)).ExecuteAsync(context).ConfigureAwait(false);
            return;
        }

        if (periods.Refusal(period) is { } refusal)
        {
            await WebResults.Problem(StatusCodes.Status400BadRequest, refusal).ExecuteAsync(context).ConfigureAwait(false);
            return;
        }

        if (await documents.ReadAsync(period, context.RequestAborted).ConfigureAwait(false) is not { } report)
        {
            await WebResults.Problem(StatusCodes.Status404NotFound, PeriodDocuments.NotBuilt(period)).ExecuteAsync(context).ConfigureAwait(false);
            return;
        }

        using var buffer = new MemoryStream();
        await write(report, buffer, context.RequestAborted).ConfigureAwait(false);
        await Results.Bytes(buffer.ToArray(), contentType, name(period.Code).Zh).ExecuteAsync(context).ConfigureAwait(false);
    }
}
