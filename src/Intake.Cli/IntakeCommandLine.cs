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

        return await parsed.InvokeAsync();
    }
}
