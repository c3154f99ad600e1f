using System.CommandLine;
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
        var weekOption = CommonOptions.Week("--week", "ISO 周，如 2022-W13；默认为上一周（上海时间）/ ISO week, default: the week that ended last");
        var output = new Option<FileInfo>("--out") { Description = "输出文件（.docx 或 .md）/ output document (.docx or .md)", Required = true };
        var periodOption = CommonOptions.LongPeriod("--period", "月、季度或年，如 2022-Q1 / a month, quarter or year");
        var storage = CommonOptions.Storage();
        var catalog = CommonOptions.Catalog();
        var command = new Command("bulletin", "生成工作周报（或月、季度、年工作情况）草稿 / draft the weekly (or period's) work bulletin") { weekOption, periodOption, output, storage, catalog };
        command.Validators.Add(result => CommonOptions.WeekOrPeriod(result, weekOption, periodOption));
        command.SetAction(async (result, cancellationToken) =>
        {
            var file = result.GetRequiredValue(output);
            var extension = file.Extension.ToLowerInvariant();
            if (extension is not (".docx" or ".md"))
            {
                await Console.Error.WriteLineAsync($"输出文件应为 .docx 或 .md：{file.Name} / --out must be a .docx or .md file");
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

                Console.WriteLine($"已生成 {period.Code} 工作情况草稿：{file.FullName} / bulletin draft written");
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

            Console.WriteLine($"已生成 {report.Week.Code} 周报草稿：{file.FullName} / bulletin draft written");
            return ExitCodes.Accepted;
        });
        return command;
    }
}
