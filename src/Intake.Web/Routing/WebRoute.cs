using Intake.Web.Access;
using Intake.Web.Text;
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
        var visitor = await context.RequestServices.GetRequiredService<VisitorResolver>().ResolveAsync(context).ConfigureAwait(false);
        if (visitor is null)
        {
            await WebResults.Problem(StatusCodes.Status401Unauthorized, WebMessages.SignInRequired).ExecuteAsync(context).ConfigureAwait(false);
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
            var message = Need == WebNeed.District ? WebMessages.DistrictOnly : WebMessages.NotListed;
            await WebResults.Problem(StatusCodes.Status403Forbidden, message).ExecuteAsync(context).ConfigureAwait(false);
            return;
        }

        await Handle(context, visitor).ConfigureAwait(false);
    }
}
