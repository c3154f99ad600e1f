using System.Collections.Frozen;
using Intake.Core.Messages;
using Intake.Web.Access;
using Intake.Web.Routing;
using Microsoft.AspNetCore.Http;

namespace Intake.Web.Assets;

/// <summary>
/// The page's HTML, CSS and JavaScript, embedded in this assembly and served with a policy that allows
/// only this origin's scripts and styles: no CDN, nothing from outside, no inline script. Their words come from the
/// catalogue (<see cref="PageWordFiller"/>).
/// </summary>
public sealed class PageAssets
{
    private const string Prefix = "Intake.Web.wwwroot.";

    private const string Policy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    private static readonly FrozenDictionary<string, string> ContentTypes = new Dictionary<string, string>
    {
        [".html"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".svg"] = "image/svg+xml",
    }.ToFrozenDictionary();

    private readonly FrozenDictionary<string, byte[]> _files = Load();

    public Task UploadPageAsync(HttpContext context, Visitor visitor) => ServeAsync(context, "upload.html");

    public Task WeekPageAsync(HttpContext context, Visitor visitor) => ServeAsync(context, "week.html");

    public Task AssetAsync(HttpContext context, Visitor visitor) =>
        ServeAsync(context, context.Request.RouteValues["file"] as string ?? string.Empty);

    private async Task ServeAsync(HttpContext context, string file)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!_files.TryGetValue(file, out var bytes) || !ContentTypes.TryGetValue(Path.GetExtension(file), out var type))
        {
            await WebResults.Problem(StatusCodes.Status404NotFound, MessageCatalog.NotFound).ExecuteAsync(context).ConfigureAwait(false);
            return;
        }

        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = Policy;
        headers["Referrer-Policy"] = "no-referrer";
        await Results.Bytes(bytes, type).ExecuteAsync(context).ConfigureAwait(false);
    }

    private static FrozenDictionary<string, byte[]> Load()
    {
        var assembly = typeof(PageAssets).Assembly;
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            var file = name[Prefix.Length..];
            files[file] = PageWordFiller.Fill(file, copy.ToArray());
        }

        return files.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
