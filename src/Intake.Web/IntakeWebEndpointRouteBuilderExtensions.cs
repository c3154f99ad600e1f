using Intake.Web.Routing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.Web;

/// <summary>Maps the page's routes onto a Kestrel host (<c>intake serve</c>, the tests).</summary>
public static class IntakeWebEndpointRouteBuilderExtensions
{
    public static IEndpointRouteBuilder MapIntakeWeb(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        foreach (var route in endpoints.ServiceProvider.GetRequiredService<WebRoutes>().All)
        {
            endpoints.MapMethods(route.Template, [route.Method], route.InvokeAsync);
        }

        return endpoints;
    }
}
