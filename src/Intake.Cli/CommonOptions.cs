using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.Cli;

/// <summary>Options several commands share, created anew for each command that takes them.</summary>
internal static class CommonOptions
{
    public static Option<string?> Reporter() => new("--reporter")
    {
        Description = "填报单位代码或名称（如 cgj、峡窝镇）/ reporter code or name; overrides nothing, conflicts are errors",
    };

    public static Option<string?> Period()
    {
        var option = new Option<string?>("--period") { Description = "报告期（如 2022-W13、2022-03、2022-Q1）/ period code" };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } code && !Intake.Core.Periods.Period.TryParse(code, out _))
            {
                result.AddError($"报告期“{code}”无效，应写作 2022-W13、2022-03-28、2022-03、2022-Q1 或 2022 / invalid period '{code}'");
            }
        });
        return option;
    }

    public static Option<string?> Catalog() => new("--catalog")
    {
        Description = "替换内置目录：含 org-units.csv、indicators.csv、rules.csv 的文件夹，或一个 JSON 文件 / catalog folder or JSON file replacing the built-in one",
    };

    /// <summary>The language of what the command prints: zh (the default) or en.</summary>
    public static Option<string> Language()
    {
        var option = new Option<string>("--lang") { Description = "提示语言 / message language", DefaultValueFactory = _ => "zh" };
        option.AcceptOnlyFromAmong("zh", "en");
        return option;
    }

    public static Intake.Core.Reports.ReportLanguage LanguageValue(System.CommandLine.ParseResult result, Option<string> option) =>
        result.GetValue(option) == "en" ? Intake.Core.Reports.ReportLanguage.En : Intake.Core.Reports.ReportLanguage.Zh;

    public static Option<string> Storage() => new("--storage")
    {
        Description = "存储连接字符串 / storage connection string (default: Azurite, UseDevelopmentStorage=true)",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("IntakeStorage") ?? "UseDevelopmentStorage=true",
    };

    /// <summary>An ISO week option (<c>2022-W13</c>), checked when parsed.</summary>
    public static Option<string?> Week(string name, string description)
    {
        var option = new Option<string?>(name) { Description = description };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } code && !(Intake.Core.Periods.Period.TryParse(code, out var p) && p.Kind == Intake.Core.Periods.PeriodKind.Week))
            {
                result.AddError($"“{code}”不是 ISO 周（如 2022-W13）/ '{code}' is not an ISO week");
            }
        });
        return option;
    }

    /// <summary>A month, quarter or year option (<c>2022-03</c>, <c>2022-Q1</c>, <c>2022</c>), checked when parsed.</summary>
    public static Option<string?> LongPeriod(string name, string description)
    {
        var option = new Option<string?>(name) { Description = description };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } code
                && !(Intake.Core.Periods.Period.TryParse(code, out var p) && p.Kind is Intake.Core.Periods.PeriodKind.Month or Intake.Core.Periods.PeriodKind.Quarter or Intake.Core.Periods.PeriodKind.Year))
            {
                var message = Intake.Core.Messages.MessageCatalog.InvalidLongPeriod(code);
                result.AddError($"{message.Zh} / {message.En}");
            }
        });
        return option;
    }

    /// <summary>Adds an error when both a week and a month, quarter or year are asked for.</summary>
    public static void WeekOrPeriod(System.CommandLine.Parsing.CommandResult result, Option<string?> week, Option<string?> period)
    {
        if (result.GetValue(week) is not null && result.GetValue(period) is not null)
        {
            result.AddError("--week 与 --period 只能给出一个 / give --week or --period, not both");
        }
    }

    /// <summary>The month, quarter or year an option names, or null when it was not given.</summary>
    public static Intake.Core.Periods.Period? PeriodValue(System.CommandLine.ParseResult result, Option<string?> option) =>
        result.GetValue(option) is { } code && Intake.Core.Periods.Period.TryParse(code, out var period) ? period : null;
    /// <summary>
    /// True, having said why on stderr, when <paramref name="period"/> (a week, month, quarter or year) is out of the
    /// periods reports are taken for (<see cref="Intake.Core.Validation.PeriodRange"/>): no rollup is built, and no
    /// document written, for it.
    /// </summary>
    public static bool IsOutOfRange(IServiceProvider services, Intake.Core.Periods.Period period)
    {
        if (services.GetRequiredService<Intake.Core.Validation.PeriodRange>().Refusal(period) is not { } refusal)
        {
            return false;
        }

        Console.Error.WriteLine($"{refusal.Zh} / {refusal.En}");
        return true;
    }

    /// <summary>Says on stderr that <paramref name="week"/> has not been rolled up and how to build it; exit code 2 (as for a period never built), no file written.</summary>
    public static async Task<int> NotBuiltAsync(Intake.Core.Periods.Period week)
    {
        var (notBuilt, hint) = (Intake.Core.Messages.MessageCatalog.WeekNotBuilt(week.Code), Intake.Core.Messages.MessageCatalog.RunRollupFirst(week.Code));
        await Console.Error.WriteLineAsync($"{notBuilt.Zh}；{hint.Zh} / {notBuilt.En}; {hint.En}");
        return ExitCodes.Usage;
    }

    /// <summary>The week an option names, or null when it was not given.</summary>
    public static Intake.Core.Periods.Period? WeekValue(System.CommandLine.ParseResult result, Option<string?> option) =>
        result.GetValue(option) is { } code && Intake.Core.Periods.Period.TryParse(code, out var week) ? week : null;
}
