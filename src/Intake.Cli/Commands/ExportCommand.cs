using System.CommandLine;
using Intake.Core.Messages;
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
        var week = CommonOptions.Week("--week", MessageCatalog.Bilingual(MessageCatalog.WeekHelp));
        var output = new Option<FileInfo>("--out") { Description = MessageCatalog.Bilingual(MessageCatalog.WorkbookOutHelp), Required = true };
        var period = CommonOptions.LongPeriod("--period", MessageCatalog.Bilingual(MessageCatalog.LongPeriodHelp("2022-Q1")));
        var storage = CommonOptions.Storage();
        var catalog = CommonOptions.Catalog();
        var command = new Command("export", MessageCatalog.Bilingual(MessageCatalog.ExportHelp)) { week, period, output, storage, catalog };
        command.Validators.Add(result => CommonOptions.WeekOrPeriod(result, week, period));
        command.SetAction(async (result, cancellationToken) =>
        {
            var file = result.GetRequiredValue(output);
            if (!string.Equals(file.Extension, ".xlsx", StringComparison.OrdinalIgnoreCase))
            {
                await Console.Error.WriteLineAsync(MessageCatalog.Bilingual(MessageCatalog.OutNotWorkbook(file.Name)));
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

                Console.WriteLine(MessageCatalog.Bilingual(MessageCatalog.Exported(longPeriod.Code, file.FullName)));
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

            Console.WriteLine(MessageCatalog.Bilingual(MessageCatalog.Exported(report.Week.Code, file.FullName)));
            return ExitCodes.Accepted;
        });
        return command;
    }

    private static Intake.Core.Periods.Period WeekOrLast(IServiceProvider services, System.CommandLine.ParseResult result, Option<string?> week) =>
        CommonOptions.WeekValue(result, week) ?? Intake.Core.Periods.ShanghaiCalendar.PreviousWeek(services.GetRequiredService<TimeProvider>());
}
