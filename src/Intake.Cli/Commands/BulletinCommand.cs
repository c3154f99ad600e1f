using System.CommandLine;
using Intake.Core.Messages;
using Intake.Core.Periods;
using Intake.Storage.Publishing;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.Cli.Commands;

/// <summary>
/// <c>intake bulletin --week W | --period P --out FILE.docx|.md</c>: a draft of the district's weekly work bulletin, or of
/// the bulletin of a month, quarter or year in the form of the district's quarterly one.
/// </summary>
internal static class BulletinCommand
{
    public static Command Create()
    {
        var weekOption = CommonOptions.Week("--week", MessageCatalog.Bilingual(MessageCatalog.WeekHelp));
        var output = new Option<FileInfo>("--out") { Description = MessageCatalog.Bilingual(MessageCatalog.DocumentOutHelp), Required = true };
        var periodOption = CommonOptions.LongPeriod("--period", MessageCatalog.Bilingual(MessageCatalog.LongPeriodHelp("2022-Q1")));
        var storage = CommonOptions.Storage();
        var catalog = CommonOptions.Catalog();
        var command = new Command("bulletin", MessageCatalog.Bilingual(MessageCatalog.BulletinHelp)) { weekOption, periodOption, output, storage, catalog };
        command.Validators.Add(result => CommonOptions.WeekOrPeriod(result, weekOption, periodOption));
        command.SetAction(async (result, cancellationToken) =>
        {
            var file = result.GetRequiredValue(output);
            var extension = file.Extension.ToLowerInvariant();
            if (extension is not (".docx" or ".md"))
            {
                await Console.Error.WriteLineAsync(MessageCatalog.Bilingual(MessageCatalog.OutNotDocument(file.Name)));
                return ExitCodes.Usage;
            }

            await using var services = CliServices.Build(result.GetRequiredValue(storage), result.GetValue(catalog));
            if (CommonOptions.PeriodValue(result, periodOption) is { } period)
            {
                if (CommonOptions.IsOutOfRange(services, period))
                {
                    return ExitCodes.Usage;
                }

                var periods = services.GetRequiredService<PeriodDocuments>();
                if (await periods.ReadAsync(period, cancellationToken) is not { } built)
                {
                    await Console.Error.WriteLineAsync(PeriodDocuments.NotBuilt(period).Zh);
                    return ExitCodes.Usage;
                }

                await using (var stream = file.Create())
                {
                    await periods.WriteBulletinAsync(built, stream, markdown: extension == ".md", cancellationToken);
                }

                Console.WriteLine(MessageCatalog.Bilingual(MessageCatalog.PeriodBulletinWritten(period.Code, file.FullName)));
                return ExitCodes.Accepted;
            }

            var week = CommonOptions.WeekValue(result, weekOption) ?? ShanghaiCalendar.PreviousWeek(services.GetRequiredService<TimeProvider>());
            if (CommonOptions.IsOutOfRange(services, week))
            {
                return ExitCodes.Usage;
            }

            using var buffer = new MemoryStream();
            if (await services.GetRequiredService<WeekDocuments>().WriteBulletinAsync(week, buffer, markdown: extension == ".md", cancellationToken) is not { } report)
            {
                return await CommonOptions.NotBuiltAsync(week);
            }

            await File.WriteAllBytesAsync(file.FullName, buffer.ToArray(), cancellationToken);

            Console.WriteLine(MessageCatalog.Bilingual(MessageCatalog.WeekBulletinWritten(report.Week.Code, file.FullName)));
            return ExitCodes.Accepted;
        });
        return command;
    }
}
