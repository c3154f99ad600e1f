using Intake.Storage;
using Intake.Web;
using Intake.Web.Access;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Intake.IntegrationTests.Support;

/// <summary>
/// The page's routes on Kestrel at 127.0.0.1 and a free port, against the test Azurite, as <c>intake serve</c>
/// hosts them: <c>AddIntake()</c>, <c>AddIntakeWeb()</c>, <c>MapIntakeWeb()</c>.
/// </summary>
internal sealed class PageServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private PageServer(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    public Uri Address { get; }

    public IServiceProvider Services => _app.Services;

    public static async Task<PageServer> StartAsync(
        AzuriteFixture azurite, WebAccess access, IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [StorageNames.ConnectionSetting] = azurite.ConnectionString,
            ["Intake:Web:Access"] = access.ToString(),
            // App Service sets this when its authentication is on; a test of the page without it passes null.
            [VisitorResolver.AuthEnabledSetting] = access == WebAccess.AppService ? "True" : null,
        });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        builder.WebHost.UseKestrel(k => k.Listen(System.Net.IPAddress.Loopback, 0));
        services?.Invoke(builder.Services);
        builder.Services.AddIntake().AddIntakeWeb();
        var app = builder.Build();
        app.MapIntakeWeb();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        return new PageServer(app, new Uri(address));
    }

    public HttpClient Client() => new() { BaseAddress = Address };

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
