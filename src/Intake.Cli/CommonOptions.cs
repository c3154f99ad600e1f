using System.CommandLine;
using Intake.Core.Messages;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.Cli;

/// <summary>Options several commands share, created anew for each command that takes them.</summary>
internal static class CommonOptions
{
    public static Option<string?> Reporter() => new("--reporter")
    {
        Description = MessageCatalog.Bilingual(MessageCatalog.ReporterHelp),
    };

    public static Option<string?> Period()
    {
        var option = new Option<string?>("--period") { Description = MessageCatalog.Bilingual(MessageCatalog.PeriodHelp) };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } code && !Intake.Core.Periods.Period.TryParse(code, out _))
            {
                result.AddError(MessageCatalog.Bilingual(MessageCatalog.PeriodOptionInvalid(code)));
            }
        });
        return option;
    }

    public static Option<string?> Catalog() => new("--catalog")
    {
        Description = MessageCatalog.Bilingual(MessageCatalog.CatalogHelp),
    };

    /// <summary>The language of what the command prints: zh (the default) or en.</summary>
    public static Option<string> Language()
    {
        var option = new Option<string>("--lang") { Description = MessageCatalog.Bilingual(MessageCatalog.LanguageHelp), DefaultValueFactory = _ => "zh" };
        option.AcceptOnlyFromAmong("zh", "en");
        return option;
    }

    public static Intake.Core.Reports.ReportLanguage LanguageValue(System.CommandLine.ParseResult result, Option<string> option) =>
        result.GetValue(option) == "en" ? Intake.Core.Reports.ReportLanguage.En : Intake.Core.Reports.ReportLanguage.Zh;

    public static Option<string> Storage() => new("--storage")
    {
        Description = MessageCatalog.Bilingual(MessageCatalog.StorageHelp),
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
                result.AddError(MessageCatalog.Bilingual(MessageCatalog.WeekOptionInvalid(code)));
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
                result.AddError(MessageCatalog.Bilingual(MessageCatalog.InvalidLongPeriod(code)));
            }
        });
        return option;
    }

    /// <summary>Adds an error when both a week and a month, quarter or year are asked for.</summary>
    public static void WeekOrPeriod(System.CommandLine.Parsing.CommandResult result, Option<string?> week, Option<string?> period)
    {
        if (result.GetValue(week) is not null && result.GetValue(period) is not null)
        {
            result.AddError(MessageCatalog.Bilingual(MessageCatalog.WeekOrPeriodNotBoth));
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

        Console.Error.WriteLine(MessageCatalog.Bilingual(refusal));
        return true;
    }

    /// <summary>Says on stderr that <paramref name="week"/> has not been rolled up and how to build it; exit code 2 (as for a period never built), no file written.</summary>
    public static async Task<int> NotBuiltAsync(Intake.Core.Periods.Period week)
    {
        await Console.Error.WriteLineAsync(MessageCatalog.Bilingual(MessageCatalog.WeekNotBuiltRunRollup(week.Code)));
        return ExitCodes.Usage;
    }

    /// <summary>The week an option names, or null when it was not given.</summary>
    public static Intake.Core.Periods.Period? WeekValue(System.CommandLine.ParseResult result, Option<string?> option) =>
        result.GetValue(option) is { } code && Intake.Core.Periods.Period.TryParse(code, out var week) ? week : null;
}
