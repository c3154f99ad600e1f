using Intake.Core.Messages;
using Intake.Web.Routing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Intake.Cli.Serve;

/// <summary>
/// <c>intake serve</c> runs open on loopback: it answers only requests whose <c>Host</c> is its own loopback address
/// and port (<c>127.0.0.1:7071</c>, or <c>localhost:7071</c>, which names it), so that no web page a clerk visits
/// can reach it through a name of its own that resolves to 127.0.0.1 (DNS rebinding). Every answer carries the
/// page's no-store and nosniff headers.
/// </summary>
internal static class LoopbackHostFilter
{
    public static WebApplication UseLoopbackHostOnly(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            WebResponseHeaders.Apply(context.Response);
            var host = context.Request.Host;
            var ownPort = context.Connection.LocalPort;
            if (host.Port == ownPort && (host.Host == "127.0.0.1" || string.Equals(host.Host, "localhost", StringComparison.OrdinalIgnoreCase)))
            {
                await next(context);
                return;
            }

            await WebResults.Line(StatusCodes.Status400BadRequest, MessageCatalog.HostNotServed(host.Value ?? string.Empty)).ExecuteAsync(context);
        });
        return app;
    }
}
