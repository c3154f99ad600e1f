using System.CommandLine;
using Intake.Core.Periods;
using Intake.Core.Reports;
using Intake.Storage.Rollups;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.Cli.Commands;

/// <summary><c>intake rollup [--week W]</c>: builds one week's rollups, as the timer function does.</summary>
internal static class RollupCommand
{
    public static Command Create()
    {
        var week = new Option<string?>("--week") { Description = "ISO 周，如 2022-W13；默认为上一周（上海时间）/ ISO week, default: the week that ended last" };
        week.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } code && !(Period.TryParse(code, out var p) && p.Kind == PeriodKind.Week))
            {
                result.AddError($"“{code}”不是 ISO 周（如 2022-W13）/ '{code}' is not an ISO week");
            }
        });
        var storage = CommonOptions.Storage();
        var catalog = CommonOptions.Catalog();
        var command = new Command("rollup", "生成周汇总 / build the weekly rollups of one week") { week, storage, catalog };
        command.SetAction(async (result, cancellationToken) =>
        {
            await using var services = CliServices.Build(result.GetRequiredValue(storage), result.GetValue(catalog));
            var code = result.GetValue(week);
            var built = await services.GetRequiredService<BuildWeeklyRollupsHandler>()
                .RunAsync(code is null ? null : Period.TryParse(code, out var p) ? p : null, cancellationToken);
            foreach (var rollup in built.Rollups.OrderBy(r => r.OrgUnit, StringComparer.Ordinal).ThenBy(r => r.Indicator, StringComparer.Ordinal))
            {
                Console.WriteLine($"{rollup.Week} {rollup.OrgUnit,-12} {rollup.Indicator,-32} {ContractNames.Of(rollup.Measure),-10} {rollup.Value,12:0.##} {ContractNames.Of(rollup.Qualifier)}");
            }

            return ExitCodes.Accepted;
        });
        return command;
    }
}
