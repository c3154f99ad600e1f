using Intake.Web.Routing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Intake.Web;

/// <summary>Maps the page's routes onto a Kestrel host (<c>intake serve</c>, the tests).</summary>
public static class IntakeWebEndpointRouteBuilderExtensions
{
    public static IEndpointRouteBuilder MapIntakeWeb(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var services = endpoints.ServiceProvider;
        foreach (var route in services.GetRequiredService<WebRoutes>().All)
        {
            endpoints.MapMethods(route.Template, [route.Method], route.InvokeAsync);
        }

        if (services.GetRequiredService<IOptions<IntakeWebOptions>>().Value.Access == WebAccess.Open)
        {
            services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(IntakeWebEndpointRouteBuilderExtensions))
                .LogWarning("The web page runs open: no sign-in, anyone who reaches it may upload as any unit and see the week view");
        }

        return endpoints;
    }
}
