using Intake.Core.Periods;
using Intake.Web.Access;
using Intake.Web.Routing;
using Intake.Web.Text;
using Microsoft.AspNetCore.Http;

namespace Intake.Web.Week;

/// <summary>The week view's routes: the week's data, and its export workbook and bulletin draft.</summary>
public sealed class WeekEndpoints(WeekReader reader, IEnumerable<IWeekDocuments> documents)
{
    private readonly IWeekDocuments? _documents = documents.LastOrDefault();

    public async Task WeekAsync(HttpContext context, Visitor visitor)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (await WeekOf(context).ConfigureAwait(false) is not { } week)
        {
            return;
        }

        var view = await reader.ReadAsync(week, _documents is not null, context.RequestAborted).ConfigureAwait(false);
        await WebResults.Ok(view).ExecuteAsync(context).ConfigureAwait(false);
    }

    public Task ExportAsync(HttpContext context, Visitor visitor) =>
        DocumentAsync(context, (d, w, s, c) => d.WriteExportAsync(w, s, c), "上街区{0}周报数据.xlsx",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    public Task BulletinAsync(HttpContext context, Visitor visitor) =>
        DocumentAsync(context, (d, w, s, c) => d.WriteBulletinAsync(w, s, c), "上街区{0}工作简报（草稿）.docx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private async Task DocumentAsync(
        HttpContext context, Func<IWeekDocuments, string, Stream, CancellationToken, Task> write, string nameFormat, string contentType)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (await WeekOf(context).ConfigureAwait(false) is not { } week)
        {
            return;
        }

        if (_documents is null)
        {
            await WebResults.Problem(StatusCodes.Status501NotImplemented, WebMessages.NotProvided).ExecuteAsync(context).ConfigureAwait(false);
            return;
        }

        using var buffer = new MemoryStream();
        await write(_documents, week.Code, buffer, context.RequestAborted).ConfigureAwait(false);
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
