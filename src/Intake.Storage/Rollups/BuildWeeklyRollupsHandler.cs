using Azure.Data.Tables;
using Intake.Core.Catalog;
using Intake.Core.Periods;
using Intake.Core.Reports;
using Intake.Core.Rollups;
using Intake.Storage.Tables;
using Microsoft.Extensions.Logging;

namespace Intake.Storage.Rollups;

/// <summary>
/// Builds the weekly rollups of one ISO week (by default the one that ended last, in Shanghai time)
/// from the current facts of the week and of its days. The timer function and <c>intake rollup</c> call it.
/// </summary>
public sealed class BuildWeeklyRollupsHandler(
    IntakeStorage storage,
    CurrentFactReader currentFacts,
    ReportCatalog catalog,
    TimeProvider clock,
    ILogger<BuildWeeklyRollupsHandler> logger)
{
    public async Task<IReadOnlyList<WeeklyRollup>> RunAsync(Period? week = null, CancellationToken cancellationToken = default)
    {
        week ??= ShanghaiCalendar.PreviousWeek(clock);
        if (week.Kind != PeriodKind.Week)
        {
            throw new ArgumentException($"Rollups are built per ISO week, not for '{week.Code}'.", nameof(week));
        }

        await storage.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var facts = new List<Fact>(await currentFacts.ReadAsync(week.Code, cancellationToken).ConfigureAwait(false));
        for (var day = week.Start; day <= week.End; day = day.AddDays(1))
        {
            facts.AddRange(await currentFacts.ReadAsync(Period.Day(day).Code, cancellationToken).ConfigureAwait(false));
        }

        var rollups = WeeklyRollupBuilder.Build(catalog, week, facts);
        var computedAt = clock.GetUtcNow();
        foreach (var chunk in rollups.Select(r => ToEntity(r, computedAt)).Chunk(100))
        {
            await storage.WeeklyRollups.SubmitTransactionAsync(
                chunk.Select(e => new TableTransactionAction(TableTransactionActionType.UpsertReplace, e)), cancellationToken).ConfigureAwait(false);
        }

        logger.LogInformation("Built {Count} rollups for {Week} from {Facts} facts", rollups.Count, week.Code, facts.Count);
        return rollups;
    }

    private static RollupEntity ToEntity(WeeklyRollup rollup, DateTimeOffset computedAt) => new()
    {
        PartitionKey = rollup.Week,
        RowKey = TableKeys.Join(rollup.OrgUnit, rollup.Indicator, ContractNames.Of(rollup.Measure)),
        Week = rollup.Week,
        WeekStart = rollup.WeekStart.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
        OrgUnit = rollup.OrgUnit,
        Indicator = rollup.Indicator,
        Measure = ContractNames.Of(rollup.Measure),
        Aggregation = rollup.Aggregation.ToString().ToLowerInvariant(),
        Value = rollup.Value,
        Qualifier = ContractNames.Of(rollup.Qualifier),
        ReportCount = rollup.ReportCount,
        ComputedAt = computedAt,
    };
}
