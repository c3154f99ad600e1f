using Intake.Web.Routing;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Intake.Functions;

/// <summary>
/// The web page (upload view, week view and their API) on one catch-all HTTP route, with ASP.NET Core
/// integration: the same routes and handlers that <c>intake serve</c> maps. Anonymous at the function level:
/// App Service Authentication in front of the app signs users in, and the routes read its principal.
/// </summary>
public sealed class WebPage(WebRouter router)
{
    [Function(nameof(WebPage))]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "post", Route = "{*path}")] HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        await router.DispatchAsync(request.HttpContext);
        // The route has written the whole response itself.
        return new EmptyResult();
    }
}
