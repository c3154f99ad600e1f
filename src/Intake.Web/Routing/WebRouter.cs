using Intake.Core.Messages;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Template;

namespace Intake.Web.Routing;

/// <summary>
/// Finds and runs the route of a request outside endpoint routing: the function app's single HTTP trigger
/// (route <c>{*path}</c>) hands every request here. Kestrel hosts use <c>MapIntakeWeb</c> instead.
/// </summary>
public sealed class WebRouter(WebRoutes routes)
{
    private readonly (WebRoute Route, TemplateMatcher Matcher)[] _matchers = routes.All
        .Select(r => (r, new TemplateMatcher(TemplateParser.Parse(r.Template.TrimStart('/')), new RouteValueDictionary())))
        .ToArray();

    public async Task DispatchAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        WebResponseHeaders.Apply(context.Response);
        var pathMatched = false;
        foreach (var (route, matcher) in _matchers)
        {
            var values = new RouteValueDictionary();
            if (!matcher.TryMatch(context.Request.Path, values))
            {
                continue;
            }

            pathMatched = true;
            if (HttpMethods.Equals(route.Method, context.Request.Method))
            {
                foreach (var (key, value) in values)
                {
                    context.Request.RouteValues[key] = value;
                }

                await route.InvokeAsync(context).ConfigureAwait(false);
                return;
            }
        }

        var status = pathMatched ? StatusCodes.Status405MethodNotAllowed : StatusCodes.Status404NotFound;
        await WebResults.Problem(status, MessageCatalog.NotFound).ExecuteAsync(context).ConfigureAwait(false);
    }
}
