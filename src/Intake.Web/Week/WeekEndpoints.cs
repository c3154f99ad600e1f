using Intake.Core.Messages;
using Intake.Core.Periods;
using Intake.Core.Validation;
using Intake.Storage.Publishing;
using Intake.Storage.Rollups;
using Intake.Web.Access;
using Intake.Web.Routing;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Intake.Web.Week;

/// <summary>
/// The week view's routes: the week's data, its export workbook and bulletin draft — GETs that only read what the
/// rollup stored, and say so when the week has not been built — and the POST that rebuilds the week now.
/// </summary>
public sealed class WeekEndpoints(
    WeekReader reader, WeekDocuments documents, BuildWeeklyRollupsHandler rollups, PeriodRange periods, ILogger<WeekEndpoints> logger)
{
    public async Task WeekAsync(HttpContext context, Visitor visitor)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (await WeekOf(context).ConfigureAwait(false) is not { } week)
        {
            return;
        }

        var view = await reader.ReadAsync(week, context.RequestAborted).ConfigureAwait(false);
        await WebResults.Ok(view).ExecuteAsync(context).ConfigureAwait(false);
    }

    /// <summary>Builds the week's rollup, completeness and reconciliation now, as <c>intake rollup --week</c> does, and answers the week view.</summary>
    public async Task RebuildAsync(HttpContext context, Visitor visitor)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(visitor);
        if (await WeekOf(context).ConfigureAwait(false) is not { } week)
        {
            return;
        }

        await rollups.RunAsync(week, context.RequestAborted).ConfigureAwait(false);
        logger.LogInformation("{Who} rebuilt {Week} from the week view", visitor.Name ?? "the open page", week.Code);
        var view = await reader.ReadAsync(week, context.RequestAborted).ConfigureAwait(false);
        await WebResults.Ok(view).ExecuteAsync(context).ConfigureAwait(false);
    }

    public Task ExportAsync(HttpContext context, Visitor visitor) =>
        DocumentAsync(context, (w, s, c) => documents.WriteExportAsync(w, s, c), MessageCatalog.WeekExportName,
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    public Task BulletinAsync(HttpContext context, Visitor visitor) =>
        DocumentAsync(context, (w, s, c) => documents.WriteBulletinAsync(w, s, cancellationToken: c), MessageCatalog.WeekBulletinName,
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private async Task DocumentAsync(
        HttpContext context, Func<Period, Stream, CancellationToken, Task<Core.Rollups.WeeklyReport?>> write, Func<string, LocalizedText> name, string contentType)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (await WeekOf(context).ConfigureAwait(false) is not { } week)
        {
            return;
        }

        using var buffer = new MemoryStream();
        if (await write(week, buffer, context.RequestAborted).ConfigureAwait(false) is null)
        {
            await WebResults.Problem(StatusCodes.Status404NotFound, MessageCatalog.WeekNotBuilt(week.Code)).ExecuteAsync(context).ConfigureAwait(false);
            return;
        }

        // A download, never shown inline: Results.Bytes with a name answers Content-Disposition: attachment.
        await Results.Bytes(buffer.ToArray(), contentType, name(week.Code).Zh).ExecuteAsync(context).ConfigureAwait(false);
    }

    private async Task<Period?> WeekOf(HttpContext context)
    {
        var text = context.Request.RouteValues["week"] as string ?? string.Empty;
        if (Period.TryParse(text, out var week) && week.Kind == PeriodKind.Week)
        {
            if (periods.Refusal(week) is not { } refusal)
            {
                return week;
            }

            await WebResults.Problem(StatusCodes.Status400BadRequest, refusal).ExecuteAsync(context).ConfigureAwait(false);
            return null;
        }

        await WebResults.Problem(StatusCodes.Status400BadRequest, MessageCatalog.InvalidWeek(text)).ExecuteAsync(context).ConfigureAwait(false);
        return null;
    }
}
