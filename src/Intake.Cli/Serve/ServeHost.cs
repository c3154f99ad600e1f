using System.Net;
using Intake.Storage;
using Intake.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Azure.WebJobs.Extensions.Timers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Intake.Cli.Serve;

/// <summary>
/// One host for <c>intake serve</c>: the WebJobs SDK (the trigger engine inside the Functions host) runs
/// the blob, timer and queue triggers over the handlers of <c>AddIntake</c>, and Kestrel answers HTTP beside them:
/// its own status routes and the web page's routes, the same the function app serves.
/// </summary>
internal static class ServeHost
{
    public static WebApplication Build(IReadOnlyDictionary<string, string?> settings, int port)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Host.ConfigureWebJobs(webJobs => webJobs
            .AddAzureStorageCoreServices()
            .AddAzureStorageBlobs()
            .AddAzureStorageQueues()
            .AddTimers());

        // Added after ConfigureWebJobs, which adds the environment again: what serve was told wins. The page runs
        // open (no sign-in) since serve listens on loopback only; it says so in a warning when it starts.
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Configuration.AddInMemoryCollection([new($"{IntakeWebOptions.SectionName}:{nameof(IntakeWebOptions.Access)}", nameof(WebAccess.Open))]);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        builder.Logging.ClearProviders()
            .AddSimpleConsole(console =>
            {
                console.SingleLine = true;
                console.TimestampFormat = "HH:mm:ss ";
            })
            // One line per outcome, from the handlers; the hosts' own chatter only when something is wrong.
            .AddFilter("Microsoft", LogLevel.Warning)
            .AddFilter("Host", LogLevel.Warning)
            .AddFilter("Function", LogLevel.Warning)
            .AddFilter("Azure", LogLevel.Error);
        // The timers' storage-based schedule monitor of this extension version needs an older storage package;
        // the jobs set UseMonitor = false, so this one is never asked, but the trigger wants one.
        builder.Services.Replace(ServiceDescriptor.Singleton<ScheduleMonitor>(new FileSystemScheduleMonitor(Path.GetTempPath())));
        builder.Services.AddIntake().AddIntakeWeb();
        var app = builder.Build();
        app.UseLoopbackHostOnly();
        app.MapIntakeRoutes();
        app.MapIntakeWeb();
        return app;
    }
}
