using System.CommandLine;
using Intake.Cli.Commands;
using Intake.Core.Messages;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.Cli;

/// <summary>The <c>intake</c> command: the same pipeline as the function app, run locally.</summary>
public static class IntakeCommandLine
{
    /// <param name="args">The command line.</param>
    /// <param name="configureServices">Changes to the pipeline's services (for a host that embeds the CLI, and tests).</param>
    public static async Task<int> RunAsync(string[] args, Action<IServiceCollection>? configureServices = null)
    {
        CliServices.Customize = configureServices;
        var root = new RootCommand(MessageCatalog.TwoLines(MessageCatalog.IntakeHelp))
        {
            ParseCommand.Create(),
            IngestCommand.Create(),
            RollupCommand.Create(),
            ExportCommand.Create(),
            BulletinCommand.Create(),
            DemoCommand.Create(),
            ServeCommand.Create(),
            BenchCommand.Create(),
        };

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                await Console.Error.WriteLineAsync(error.Message);
            }

            await Console.Error.WriteLineAsync(MessageCatalog.SeeHelp.En);
            return ExitCodes.Usage;
        }

        try
        {
            // serve stops its host on Ctrl+C and needs more than the default 2 s to finish the uploads in hand.
            return await parsed.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = TimeSpan.FromSeconds(30) });
        }
        catch (Microsoft.Extensions.Options.OptionsValidationException ex)
        {
            await Console.Error.WriteLineAsync(MessageCatalog.Bilingual(MessageCatalog.StorageSettingInvalid(ex.Message)));
            return ExitCodes.Usage;
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or System.Text.Json.JsonException or UnauthorizedAccessException)
        {
            await Console.Error.WriteLineAsync(MessageCatalog.Bilingual(MessageCatalog.CatalogOrFileUnreadable(ex.Message)));
            return ExitCodes.Usage;
        }
        catch (Exception ex) when (ex is Azure.RequestFailedException or AggregateException { InnerException: Azure.RequestFailedException } or HttpRequestException)
        {
            await Console.Error.WriteLineAsync(MessageCatalog.Bilingual(MessageCatalog.StorageUnreachable(FirstLine(ex.Message))));
            return ExitCodes.Failed;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Our own bug: never reported as a bad file, and told in one line rather than a stack trace.
            await Console.Error.WriteLineAsync(MessageCatalog.Bilingual(MessageCatalog.InternalError($"{ex.GetType().Name}: {FirstLine(ex.Message)}")));
            return ExitCodes.Failed;
        }
    }

    private static string FirstLine(string text) => text.Split('\n', 2)[0].Trim();
}
