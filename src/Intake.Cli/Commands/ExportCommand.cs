using System.CommandLine;
using Intake.Storage.Publishing;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.Cli.Commands;

/// <summary>
/// <c>intake export --week W | --period P --out FILE.xlsx</c>: the Monday workbook (汇总, 完成情况, 数据核对) of one week, or
/// the workbook of a month, quarter or year its rollup built.
/// </summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var week = CommonOptions.Week("--week", "ISO 周，如 2022-W13；默认为上一周（上海时间）/ ISO week, default: the week that ended last");
        var output = new Option<FileInfo>("--out") { Description = "输出文件（.xlsx）/ output workbook", Required = true };
        var period = CommonOptions.LongPeriod("--period", "月、季度或年，如 2022-Q1 / a month, quarter or year");
        var storage = CommonOptions.Storage();
        var catalog = CommonOptions.Catalog();
        var command = new Command("export", "导出一周（或月、季度、年）的汇总表（汇总、完成情况、数据核对）/ export one week's (or period's) workbook") { week, period, output, storage, catalog };
        command.Validators.Add(result => CommonOptions.WeekOrPeriod(result, week, period));
        command.SetAction(async (result, cancellationToken) =>
        {
            var file = result.GetRequiredValue(output);
            if (!string.Equals(file.Extension, ".xlsx", StringComparison.OrdinalIgnoreCase))
            {
                await Console.Error.WriteLineAsync($"输出文件应为 .xlsx：{file.Name} / --out must be an .xlsx file");
                return ExitCodes.Usage;
            }

            await using var services = CliServices.Build(result.GetRequiredValue(storage), result.GetValue(catalog));
            if (CommonOptions.PeriodValue(result, period) is { } longPeriod)
            {
                if (CommonOptions.IsOutOfRange(services, longPeriod))
                {
                    return ExitCodes.Usage;
                }

                var periods = services.GetRequiredService<PeriodDocuments>();
                if (await periods.ReadAsync(longPeriod, cancellationToken) is not { } built)
                {
                    await Console.Error.WriteLineAsync(PeriodDocuments.NotBuilt(longPeriod).Zh);
                    return ExitCodes.Usage;
                }

                await using (var stream = file.Create())
                {
                    periods.WriteExport(built, stream);
                }

                Console.WriteLine($"已导出 {longPeriod.Code}：{file.FullName} / exported");
                return ExitCodes.Accepted;
            }

            var documents = services.GetRequiredService<WeekDocuments>();
            var exported = WeekOrLast(services, result, week);
            if (CommonOptions.IsOutOfRange(services, exported))
            {
                return ExitCodes.Usage;
            }

            using var buffer = new MemoryStream();
            if (await documents.WriteExportAsync(exported, buffer, cancellationToken) is not { } report)
            {
                return await CommonOptions.NotBuiltAsync(exported);
            }

            await File.WriteAllBytesAsync(file.FullName, buffer.ToArray(), cancellationToken);

            Console.WriteLine($"已导出 {report.Week.Code}：{file.FullName} / exported");
            return ExitCodes.Accepted;
        });
        return command;
    }

    private static Intake.Core.Periods.Period WeekOrLast(IServiceProvider services, System.CommandLine.ParseResult result, Option<string?> week) =>
        CommonOptions.WeekValue(result, week) ?? Intake.Core.Periods.ShanghaiCalendar.PreviousWeek(services.GetRequiredService<TimeProvider>());
}
