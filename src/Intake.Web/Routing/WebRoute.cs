using Intake.Core.Messages;
using Intake.Web.Access;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.Web.Routing;

/// <summary>
/// One route of the page: method, template, who may call it and what answers it. Kestrel (through
/// <c>MapIntakeWeb</c>) and the function app (through <see cref="WebRouter"/>) both call <see cref="InvokeAsync"/>,
/// so the access check runs the same way under both hosts.
/// </summary>
public sealed record WebRoute(string Method, string Template, WebNeed Need, Func<HttpContext, Visitor, Task> Handle)
{
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        WebResponseHeaders.Apply(context.Response);
        var resolver = context.RequestServices.GetRequiredService<VisitorResolver>();
        if (!resolver.SignInConfigured)
        {
            await WebResults.Line(StatusCodes.Status503ServiceUnavailable, MessageCatalog.SignInNotConfigured).ExecuteAsync(context).ConfigureAwait(false);
            return;
        }

        if (HttpMethods.IsPost(Method) && !IsSameOriginNonForm(context.Request))
        {
            await WebResults.Problem(StatusCodes.Status403Forbidden, MessageCatalog.CrossSiteRefused).ExecuteAsync(context).ConfigureAwait(false);
            return;
        }

        var visitor = await resolver.ResolveAsync(context).ConfigureAwait(false);
        if (visitor is null)
        {
            await WebResults.Problem(StatusCodes.Status401Unauthorized, MessageCatalog.SignInRequired).ExecuteAsync(context).ConfigureAwait(false);
            return;
        }

        var allowed = Need switch
        {
            WebNeed.District => visitor.IsDistrict,
            WebNeed.Reporter => visitor.IsDistrict || visitor.Reporter is not null,
            _ => true,
        };
        if (!allowed)
        {
            var message = Need == WebNeed.District ? MessageCatalog.DistrictOnly : MessageCatalog.NotListed;
            await WebResults.Problem(StatusCodes.Status403Forbidden, message).ExecuteAsync(context).ConfigureAwait(false);
            return;
        }

        await Handle(context, visitor).ConfigureAwait(false);
    }

    // A state-changing request from another site: a browser names that site in Origin, and a form can send only
    // form content types. Clients outside a browser send no Origin.
    private static bool IsSameOriginNonForm(HttpRequest request)
    {
        var origin = request.Headers.Origin.ToString();
        if (origin.Length > 0 && !(Uri.TryCreate(origin, UriKind.Absolute, out var uri) && string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        var type = request.ContentType?.Split(';')[0].Trim() ?? string.Empty;
        return !(type.Equals("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase)
            || type.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || type.Equals("text/plain", StringComparison.OrdinalIgnoreCase));
    }
}
