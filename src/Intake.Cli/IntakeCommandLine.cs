using System.CommandLine;
using Intake.Cli.Commands;

namespace Intake.Cli;

/// <summary>The <c>intake</c> command: the same pipeline as the function app, run locally.</summary>
public static class IntakeCommandLine
{
    public static async Task<int> RunAsync(string[] args)
    {
        var root = new RootCommand("Intake：上街区周报表接收管道的命令行（校验、入库、汇总、演示）。\nIntake: validate, ingest and roll up Shangjie District's weekly reports.")
        {
            ParseCommand.Create(),
            IngestCommand.Create(),
            RollupCommand.Create(),
            ExportCommand.Create(),
            BulletinCommand.Create(),
            DemoCommand.Create(),
        };

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                await Console.Error.WriteLineAsync(error.Message);
            }

            await Console.Error.WriteLineAsync("Run 'intake --help' for usage.");
            return ExitCodes.Usage;
        }

        try
        {
            return await parsed.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or System.Text.Json.JsonException or UnauthorizedAccessException)
        {
            await Console.Error.WriteLineAsync($"目录或文件无法读取 / cannot read the catalog or a file: {ex.Message}");
            return ExitCodes.Usage;
        }
        catch (Exception ex) when (ex is Azure.RequestFailedException or AggregateException { InnerException: Azure.RequestFailedException } or HttpRequestException)
        {
            await Console.Error.WriteLineAsync($"存储无法访问（Azurite 是否在运行？--storage 是否正确？）/ storage is unreachable: {ex.Message}");
            return ExitCodes.Rejected;
        }
    }
}
