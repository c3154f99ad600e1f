using Intake.Functions;
using Intake.IntegrationTests.Support;
using Intake.Storage;
using Intake.Web;
using Intake.Web.Routing;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.IntegrationTests.Functions;

[Collection(AzuriteCollection.Name)]
public sealed class WebPageTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task EveryRouteAnswers401WithoutAPrincipalThroughTheFunction()
    {
        using var services = Services(WebAccess.AppService, authEnabled: "True");
        var function = new WebPage(services.GetRequiredService<WebRouter>());

        foreach (var route in services.GetRequiredService<WebRoutes>().All)
        {
            var path = route.Template.Replace("{file}", "app.css").Replace("{id}", "abc123").Replace("{week}", "2022-W13");
            var context = Request(services, route.Method, path);

            await function.RunAsync(context.Request);

            Assert.True(context.Response.StatusCode == StatusCodes.Status401Unauthorized, $"{route.Method} {path} answered {context.Response.StatusCode}");
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData("False")]
    [InlineData("")]
    public async Task AForgedPrincipalGets503OnEveryRouteThroughTheFunctionUnlessThePlatformsAuthenticationIsOn(string? authEnabled)
    {
        using var services = Services(WebAccess.AppService, authEnabled);
        await services.GetRequiredService<Intake.Storage.Tables.WebUserDirectory>().SetAsync(Principals.Tenant, "00000000-0000-0000-0000-0000000000d2", "shangjie");
        var function = new WebPage(services.GetRequiredService<WebRouter>());

        foreach (var route in services.GetRequiredService<WebRoutes>().All)
        {
            var path = route.Template.Replace("{file}", "app.css").Replace("{id}", "abc123").Replace("{week}", "2022-W13");
            var context = Request(services, route.Method, path);
            context.Request.Headers[Intake.Web.Access.ClientPrincipal.HeaderName] = Principals.Header("office@shangjie.example", "00000000-0000-0000-0000-0000000000d2");

            await function.RunAsync(context.Request);

            Assert.True(context.Response.StatusCode == StatusCodes.Status503ServiceUnavailable, $"{route.Method} {path} answered {context.Response.StatusCode}");
            context.Response.Body.Position = 0;
            Assert.Contains("sign-in is not configured", new StreamReader(context.Response.Body).ReadToEnd(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task TheFunctionServesThePageAndTellsUnknownPathsAndMethodsApart()
    {
        using var services = Services(WebAccess.Open);
        var function = new WebPage(services.GetRequiredService<WebRouter>());

        var page = Request(services, "GET", "/");
        var week = Request(services, "GET", "/api/weeks/2022-W13");
        var missing = Request(services, "GET", "/nothing/here");
        var wrongMethod = Request(services, "GET", "/api/preview");
        foreach (var context in new[] { page, week, missing, wrongMethod })
        {
            await function.RunAsync(context.Request);
        }

        Assert.Equal(StatusCodes.Status200OK, page.Response.StatusCode);
        Assert.StartsWith("text/html", page.Response.ContentType);
        Assert.Equal(StatusCodes.Status200OK, week.Response.StatusCode);
        Assert.Equal(StatusCodes.Status404NotFound, missing.Response.StatusCode);
        Assert.Equal(StatusCodes.Status405MethodNotAllowed, wrongMethod.Response.StatusCode);
    }

    private ServiceProvider Services(WebAccess access, string? authEnabled = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                [StorageNames.ConnectionSetting] = azurite.ConnectionString,
                ["Intake:Web:Access"] = access.ToString(),
                [Intake.Web.Access.VisitorResolver.AuthEnabledSetting] = authEnabled,
            })
            .Build();
        return new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .AddIntake()
            .AddIntakeWeb()
            .BuildServiceProvider();
    }

    private static DefaultHttpContext Request(IServiceProvider services, string method, string path)
    {
        var context = new DefaultHttpContext { RequestServices = services };
        context.Request.Method = method;
        context.Request.Path = path;
        context.Response.Body = new MemoryStream();
        return context;
    }
}
