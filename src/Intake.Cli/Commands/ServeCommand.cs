using System.CommandLine;
using Intake.Cli.Serve;
using Intake.Core.Messages;
using Intake.Local.Azurite;
using Intake.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Intake.Cli.Commands;

/// <summary>
/// <c>intake serve</c>: runs the function app's triggers locally on the WebJobs SDK until Ctrl+C, starting
/// Azurite unless storage is given, and answers HTTP on 127.0.0.1.
/// </summary>
internal static class ServeCommand
{
    public const int DefaultPort = 7071;

    public static Command Create()
    {
        var storage = new Option<string?>("--storage")
        {
            Description = MessageCatalog.Bilingual(MessageCatalog.ServeStorageHelp),
        };
        var port = new Option<int>("--port") { Description = MessageCatalog.Bilingual(MessageCatalog.PortHelp), DefaultValueFactory = _ => DefaultPort };
        port.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 0 or > 65535)
            {
                result.AddError(MessageCatalog.Bilingual(MessageCatalog.PortOutOfRange));
            }
        });
        var command = new Command("serve", MessageCatalog.Bilingual(MessageCatalog.ServeHelp)) { storage, port };
        command.SetAction((result, cancellationToken) => RunAsync(result.GetValue(storage), result.GetValue(port), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string? storage, int port, CancellationToken cancellationToken)
    {
        var environment = new ConfigurationBuilder().AddEnvironmentVariables().Build();
        AzuriteServer? azurite = null;
        if (storage is null && !environment.GetSection(StorageNames.ConnectionSetting).Exists())
        {
            using var loggers = LoggerFactory.Create(l => l.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Information));
            try
            {
                azurite = await AzuriteServer.EnsureRunningAsync(new AzuriteOptions(), loggers.CreateLogger("Azurite"), cancellationToken);
            }
            catch (AzuriteUnavailableException ex)
            {
                await Console.Error.WriteLineAsync(ex.Message);
                return ExitCodes.Usage;
            }

            storage = azurite.ConnectionString;
        }

        await using (azurite)
        {
            var settings = ServeSettings.For(environment, storage, Path.Combine(AppContext.BaseDirectory, "host.json"));
            await using var app = ServeHost.Build(settings, port);
            // Before the trigger listens, so that it never polls a container that is not there yet.
            await app.Services.GetRequiredService<IntakeStorage>().EnsureCreatedAsync(cancellationToken);
            await app.StartAsync(cancellationToken);
            Console.WriteLine(MessageCatalog.ServeReady(string.Join(' ', app.Urls), StorageNames.InboxContainer));
            await app.WaitForShutdownAsync(cancellationToken);
            Console.WriteLine(MessageCatalog.Bilingual(MessageCatalog.ServeStopped));
        }

        return ExitCodes.Accepted;
    }
}
