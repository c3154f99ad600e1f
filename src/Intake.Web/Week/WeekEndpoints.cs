using Intake.Core.Periods;
using Intake.Storage.Publishing;
using Intake.Web.Access;
using Intake.Web.Routing;
using Intake.Web.Text;
using Microsoft.AspNetCore.Http;

namespace Intake.Web.Week;

/// <summary>The week view's routes: the week's data, and its export workbook and bulletin draft.</summary>
public sealed class WeekEndpoints(WeekReader reader, WeekDocuments documents)
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

    public Task ExportAsync(HttpContext context, Visitor visitor) =>
        DocumentAsync(context, (w, s, c) => documents.WriteExportAsync(w, s, c), "上街区{0}周报数据.xlsx",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    public Task BulletinAsync(HttpContext context, Visitor visitor) =>
        DocumentAsync(context, (w, s, c) => documents.WriteBulletinAsync(w, s, cancellationToken: c), "上街区{0}工作简报（草稿）.docx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private async Task DocumentAsync(
        HttpContext context, Func<Period, Stream, CancellationToken, Task> write, string nameFormat, string contentType)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (await WeekOf(context).ConfigureAwait(false) is not { } week)
        {
            return;
        }

        using var buffer = new MemoryStream();
        await write(week, buffer, context.RequestAborted).ConfigureAwait(false);
        var name = string.Format(System.Globalization.CultureInfo.InvariantCulture, nameFormat, week.Code);
        await Results.Bytes(buffer.ToArray(), contentType, name).ExecuteAsync(context).ConfigureAwait(false);
    }

    private static async Task<Period?> WeekOf(HttpContext context)
    {
        var text = context.Request.RouteValues["week"] as string ?? string.Empty;
        if (Period.TryParse(text, out var week) && week.Kind == PeriodKind.Week)
        {
            return week;
        }

        await WebResults.Problem(StatusCodes.Status400BadRequest, WebMessages.InvalidWeek(text)).ExecuteAsync(context).ConfigureAwait(false);
        return null;
    }
}
