using Azure.Storage.Blobs.Models;
using Intake.Core.Catalog;
using Intake.Core.Messages;
using Intake.Core.Metadata;
using Intake.Core.Periods;
using Intake.Core.Reports;
using Intake.Core.Submissions;
using Intake.Storage;
using Intake.Storage.Ingestion;
using Intake.Storage.Tables;
using Intake.Web.Access;
using Intake.Web.Routing;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Intake.Web.Upload;

/// <summary>
/// The upload view's routes: who am I, the preview (the parse the blob trigger will run, without storage),
/// sending the file to reports-inbox with reporter and period metadata, the stored outcome and its feedback
/// workbook. The page never writes a table: the blob trigger does the processing.
/// </summary>
public sealed class UploadEndpoints(
    ReportParser parser,
    IntakeStorage storage,
    SubmissionLedger ledger,
    ReportCatalog catalog,
    IntakeOptions intakeOptions,
    IOptions<IntakeWebOptions> webOptions,
    PreviewViews views,
    PreviewGate gate,
    ILogger<UploadEndpoints> logger)
{
    /// <summary>What a preview that found no turn is told to wait, in seconds.</summary>
    public const int RetryAfterSeconds = 15;

    private long MaxBytes => intakeOptions.Limits.MaxFileBytes;

    public Task MeAsync(HttpContext context, Visitor visitor)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(visitor);
        var units = catalog.ExpectedReporters.Where(u => visitor.MayUploadAs(u.Code)).Select(u => new UnitView(u.Code, u.NameZh)).ToList();
        var access = webOptions.Value.Access == WebAccess.Open ? "open" : "appService";
        return WebResults.Ok(new MeView(access, visitor.Name, visitor.Reporter, visitor.IsDistrict, units, MaxBytes)).ExecuteAsync(context);
    }

    /// <summary>
    /// Parses the file as the blob trigger will, with the same limits, one or two at a time per instance, and answers
    /// the verdict, the counts and one page of facts and issues. A client that goes away stops its parse.
    /// </summary>
    public async Task PreviewAsync(HttpContext context, Visitor visitor)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (await AcceptAsync(context, visitor).ConfigureAwait(false) is not { } target)
        {
            return;
        }

        using var turn = await gate.EnterAsync(context.RequestAborted).ConfigureAwait(false);
        if (turn is null)
        {
            // Read and dropped, not held: a client still sending its file would see a broken connection, not the answer.
            await UploadBody.DiscardAsync(context.Request, MaxBytes, context.RequestAborted).ConfigureAwait(false);
            context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            await WebResults.Problem(StatusCodes.Status429TooManyRequests, MessageCatalog.PreviewsBusy(RetryAfterSeconds)).ExecuteAsync(context).ConfigureAwait(false);
            return;
        }

        if (await ReadBodyAsync(context).ConfigureAwait(false) is not { } content)
        {
            return;
        }

        await using (content.ConfigureAwait(false))
        {
            var hints = new ReportHints(target.FileName, target.Reporter, target.Period, target.BlobName);
            var (buffer, length) = (content.GetBuffer(), (int)content.Length);
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            ParseResult result;
            try
            {
                result = await parser.ParseAsync(() => new MemoryStream(buffer, 0, length, writable: false), hints, context.RequestAborted).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
            {
                logger.LogInformation("Preview of {File} stopped after {Seconds:0.0} s: the client went away",
                    target.FileName, System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds);
                return;
            }

            var size = Math.Max(1, webOptions.Value.PreviewPageSize);
            var view = views.Of(result, PageNumber(context.Request.Query["page"]), PageNumber(context.Request.Query["issuePage"]), size);
            await WebResults.Ok(view).ExecuteAsync(context).ConfigureAwait(false);
        }
    }

    public async Task SendAsync(HttpContext context, Visitor visitor)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (await AcceptAsync(context, visitor).ConfigureAwait(false) is not { } target
            || await ReadBodyAsync(context).ConfigureAwait(false) is not { } content)
        {
            return;
        }

        await using var file = content;
        await storage.EnsureCreatedAsync(context.RequestAborted).ConfigureAwait(false);
        var blob = storage.Container(StorageNames.InboxContainer).GetBlobClient(target.BlobName);
        var uploaded = await blob.UploadAsync(file, new BlobUploadOptions { Metadata = target.Metadata }, context.RequestAborted).ConfigureAwait(false);
        var id = SubmissionIds.For(target.BlobName, uploaded.Value.ETag);
        logger.LogInformation("Page sent {Blob} for {Reporter} {Period} as submission {Submission}", target.BlobName, target.Reporter, target.Period, id);
        await WebResults.Ok(new SubmissionView(id, "pending", MessageCatalog.Pending.Zh, target.Reporter, target.Period, 0, 0, 0, null))
            .ExecuteAsync(context).ConfigureAwait(false);
    }

    public async Task OutcomeAsync(HttpContext context, Visitor visitor)
    {
        ArgumentNullException.ThrowIfNull(context);
        var id = context.Request.RouteValues["id"] as string ?? string.Empty;
        var row = await FindSubmissionAsync(id, context.Request.Query["period"], context.RequestAborted).ConfigureAwait(false);
        if (row is null)
        {
            await WebResults.Ok(new SubmissionView(id, "pending", MessageCatalog.Pending.Zh, null, null, 0, 0, 0, null)).ExecuteAsync(context).ConfigureAwait(false);
            return;
        }

        if (!MaySee(visitor, row))
        {
            await WebResults.Problem(StatusCodes.Status403Forbidden, MessageCatalog.NotYours).ExecuteAsync(context).ConfigureAwait(false);
            return;
        }

        var (status, facts, errors, warnings) = (row.State, row.FactCount, row.ErrorCount, row.WarningCount);
        var view = new SubmissionView(id, ContractNames.Of(status), MessageCatalog.Outcome(status, facts, warnings, errors).Zh,
            NullIfEmpty(row.Reporter), NullIfEmpty(row.Period), facts, errors, warnings,
            $"/api/submissions/{Uri.EscapeDataString(id)}/feedback?period={Uri.EscapeDataString(row.PartitionKey)}");
        await WebResults.Ok(view).ExecuteAsync(context).ConfigureAwait(false);
    }

    public async Task FeedbackAsync(HttpContext context, Visitor visitor)
    {
        ArgumentNullException.ThrowIfNull(context);
        var id = context.Request.RouteValues["id"] as string ?? string.Empty;
        var row = await FindSubmissionAsync(id, context.Request.Query["period"], context.RequestAborted).ConfigureAwait(false);
        if (row is null || row.OriginalBlob is not { Length: > 0 } stored)
        {
            await WebResults.Problem(StatusCodes.Status404NotFound, MessageCatalog.NotFound).ExecuteAsync(context).ConfigureAwait(false);
            return;
        }

        if (!MaySee(visitor, row))
        {
            await WebResults.Problem(StatusCodes.Status403Forbidden, MessageCatalog.NotYours).ExecuteAsync(context).ConfigureAwait(false);
            return;
        }

        var workbook = storage.Container(StorageNames.FeedbackContainer).GetBlobClient(stored + ".xlsx");
        var download = await workbook.DownloadStreamingAsync(cancellationToken: context.RequestAborted).ConfigureAwait(false);
        var name = MessageCatalog.FeedbackDownloadName(Path.GetFileNameWithoutExtension(UploadFileName.Sanitize(row.BlobName))).Zh;
        await Results.Stream(download.Value.Content, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name)
            .ExecuteAsync(context).ConfigureAwait(false);
    }

    // Settles reporter, period and file name from the query; a problem (400, or 403 for another unit) when they cannot be used.
    private (UploadTarget? Target, IResult? Problem) Target(HttpContext context, Visitor visitor)
    {
        var query = context.Request.Query;
        var reporterText = NullIfEmpty(query["reporter"].ToString().Trim());
        var periodText = NullIfEmpty(query["period"].ToString().Trim());
        var reporter = visitor.Reporter;
        if (reporterText is not null)
        {
            var unit = catalog.FindOrgUnit(reporterText);
            if (unit is null || unit.Kind == OrgUnitKind.District)
            {
                return (null, WebResults.Problem(StatusCodes.Status400BadRequest, MessageCatalog.UnknownReporter(reporterText)));
            }

            if (!visitor.MayUploadAs(unit.Code))
            {
                return (null, WebResults.Problem(StatusCodes.Status403Forbidden, MessageCatalog.NotOwnUnit(unit.NameZh)));
            }

            reporter = unit.Code;
        }

        string? period = null;
        if (periodText is not null)
        {
            if (!Period.TryParse(periodText, out var parsed))
            {
                return (null, WebResults.Problem(StatusCodes.Status400BadRequest, MessageCatalog.InvalidPeriod(periodText)));
            }

            period = parsed.Code;
        }

        var fileName = UploadFileName.Sanitize(query["name"]);
        return (new UploadTarget(reporter, period, fileName, reporter ?? UploadTarget.UnnamedOwner), null);
    }

    // Who and what first: a refusal never reads the file. The body must be sent as application/octet-stream, which a
    // form on another site cannot send (and a script there only after a CORS preflight that this app never answers),
    // so no other site can upload in a signed-in clerk's name.
    private async Task<UploadTarget?> AcceptAsync(HttpContext context, Visitor visitor)
    {
        var (target, problem) = Target(context, visitor);
        if (problem is null && !string.Equals(context.Request.ContentType, "application/octet-stream", StringComparison.OrdinalIgnoreCase))
        {
            problem = WebResults.Problem(StatusCodes.Status415UnsupportedMediaType, MessageCatalog.NotAFileUpload);
        }

        if (problem is null)
        {
            return target;
        }

        await problem.ExecuteAsync(context).ConfigureAwait(false);
        return null;
    }

    // The body, bounded by the upload limit; null, having answered 413 or 400, when it is too large or empty.
    private async Task<MemoryStream?> ReadBodyAsync(HttpContext context)
    {
        var content = await UploadBody.ReadAsync(context.Request, MaxBytes, context.RequestAborted).ConfigureAwait(false);
        var problem = content is null ? WebResults.Problem(StatusCodes.Status413PayloadTooLarge, MessageCatalog.UploadTooLarge(MaxBytes))
            : content.Length == 0 ? WebResults.Problem(StatusCodes.Status400BadRequest, MessageCatalog.UploadEmpty)
            : null;
        if (problem is null)
        {
            return content;
        }

        if (content is not null)
        {
            await content.DisposeAsync().ConfigureAwait(false);
        }

        await problem.ExecuteAsync(context).ConfigureAwait(false);
        return null;
    }

    private static int PageNumber(string? text) =>
        int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var page) ? page : 0;

    // The page polls this every second with the period its preview read: the ledger reads that partition and the one
    // of reports whose period could not be read, never the whole table.
    private async Task<SubmissionEntity?> FindSubmissionAsync(string id, string? periodHint, CancellationToken cancellationToken)
    {
        if (id.Length is 0 or > 64 || !id.All(char.IsAsciiLetterOrDigit))
        {
            return null;
        }

        return await ledger.FindAsync(id, Period.TryParse(periodHint, out var period) ? period : null, cancellationToken).ConfigureAwait(false);
    }

    private static bool MaySee(Visitor visitor, SubmissionEntity row) =>
        visitor.IsDistrict || UploadTarget.OwnerOf(row.BlobName) == visitor.Reporter;

    private static string? NullIfEmpty(string? text) => string.IsNullOrEmpty(text) ? null : text;
}
