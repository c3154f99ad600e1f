using Microsoft.AspNetCore.Http;

namespace Intake.Web.Routing;

/// <summary>
/// Headers on every answer of the page, whichever host serves it: nothing is kept by a browser or a proxy (a clerk's
/// figures on a shared office computer), and nothing is sniffed into another type than the one declared.
/// </summary>
public static class WebResponseHeaders
{
    public static void Apply(HttpResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.Headers.CacheControl = "no-store";
        response.Headers.XContentTypeOptions = "nosniff";
    }
}
