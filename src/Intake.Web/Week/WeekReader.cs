using System.Globalization;
using Azure;
using Azure.Data.Tables;
using Intake.Core.Catalog;
using Intake.Core.Periods;
using Intake.Storage;
using Intake.Web.Text;

namespace Intake.Web.Week;

/// <summary>
/// Reads one week from the rollup tables by their contract properties (<c>Week</c> = the week's code),
/// whatever their keys, and shapes it for the week view. Reads only: the tables are written by the rollups.
/// </summary>
public sealed class WeekReader(IntakeStorage storage, ReportCatalog catalog, WebNames names)
{
    public async Task<WeekView> ReadAsync(Period week, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(week);
        var rollups = await RowsAsync(storage.WeeklyRollups, week.Code, cancellationToken).ConfigureAwait(false);
        var completeness = await RowsAsync(storage.Completeness, week.Code, cancellationToken).ConfigureAwait(false);
        var reconciliation = await RowsAsync(storage.Reconciliation, week.Code, cancellationToken).ConfigureAwait(false);
        return new WeekView(
            week.Code,
            week.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            week.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Completeness(completeness),
            District(rollups),
            Charts(rollups),
            reconciliation.Select(Reconciliation).ToList());
    }

    private List<CompletenessView> Completeness(List<TableEntity> rows)
    {
        var byReporter = rows.Where(r => EntityValues.Flag(r, "Expected") || !r.ContainsKey("Expected"))
            .GroupBy(r => EntityValues.Text(r, "Reporter"))
            .ToDictionary(g => g.Key, g => g.First());
        var ordered = catalog.ExpectedReporters.Select(u => u.Code).Where(byReporter.ContainsKey)
            .Concat(byReporter.Keys.Where(k => catalog.OrgUnitByCode(k) is null).Order(StringComparer.Ordinal));
        return ordered.Select(code =>
        {
            var row = byReporter[code];
            var (state, text) = !EntityValues.Flag(row, "Received") ? ("missing", WebMessages.Missing)
                : EntityValues.Flag(row, "OnTime") ? ("on_time", WebMessages.OnTime)
                : ("late", WebMessages.Late);
            var at = EntityValues.Instant(row, "SubmittedAt") is { } instant && state != "missing"
                ? TimeZoneInfo.ConvertTime(instant, ShanghaiCalendar.TimeZone).ToString("MM-dd HH:mm", CultureInfo.InvariantCulture)
                : null;
            return new CompletenessView(code, names.OrgUnit(code), state, text.Zh, at);
        }).ToList();
    }

    private List<RollupView> District(List<TableEntity> rows) =>
        rows.Where(r => EntityValues.Text(r, "OrgUnit") == Access.Visitor.DistrictCode)
            .Select(r => (Row: r, Indicator: EntityValues.Text(r, "Indicator"), Measure: EntityValues.Text(r, "Measure")))
            .OrderBy(r => IndicatorOrder(r.Indicator))
            .ThenBy(r => r.Measure == "cumulative" ? 1 : 0)
            .Select(r => new RollupView(
                r.Indicator, names.Indicator(r.Indicator), names.Unit(r.Indicator), r.Measure, WebNames.Measure(r.Measure),
                EntityValues.Number(r.Row, "Value") ?? 0, WebNames.Qualifier(EntityValues.Text(r.Row, "Qualifier")),
                (int)(EntityValues.Number(r.Row, "ReportCount") ?? 0)))
            .ToList();

    // This week's amount (measure period) of each indicator that any township has, one bar per township.
    private List<ChartView> Charts(List<TableEntity> rows)
    {
        var townships = catalog.OrgUnits.Where(u => u.Kind == OrgUnitKind.Township).ToList();
        var values = rows.Where(r => EntityValues.Text(r, "Measure") != "cumulative")
            .Where(r => townships.Any(t => t.Code == EntityValues.Text(r, "OrgUnit")))
            .GroupBy(r => EntityValues.Text(r, "Indicator"))
            .OrderBy(g => IndicatorOrder(g.Key));
        return values.Select(g =>
        {
            var byUnit = g.ToDictionary(r => EntityValues.Text(r, "OrgUnit"), r => EntityValues.Number(r, "Value"));
            var bars = townships.Select(t => new BarView(t.Code, t.NameZh, byUnit.GetValueOrDefault(t.Code))).ToList();
            return new ChartView(g.Key, names.Indicator(g.Key), names.Unit(g.Key), bars);
        }).ToList();
    }

    private ReconciliationView Reconciliation(TableEntity row)
    {
        var kind = EntityValues.Text(row, "Kind");
        var kindName = kind == "owner-vs-units" ? WebMessages.OwnerVersusUnits.Zh : kind == "conflict" ? WebMessages.ConflictKind.Zh : kind;
        return new ReconciliationView(kind, kindName, names.OrgUnit(EntityValues.Text(row, "OrgUnit")),
            names.Indicator(EntityValues.Text(row, "Indicator")), WebNames.Measure(EntityValues.Text(row, "Measure")),
            EntityValues.Number(row, "ChosenValue"), EntityValues.Number(row, "OtherValue"), EntityValues.Text(row, "Message"));
    }

    private int IndicatorOrder(string code)
    {
        var index = catalog.Indicators.ToList().FindIndex(i => i.Code == code);
        return index < 0 ? int.MaxValue : index;
    }

    // The rollups key their rows by week (PartitionKey = week, docs/storage-schema.md): one partition read.
    // Only when that finds nothing is the table scanned by the contract property, whatever its keys.
    // Each of the three tables keeps a week in a partition of its own (docs/storage-schema.md).
    private static async Task<List<TableEntity>> RowsAsync(TableClient table, string week, CancellationToken cancellationToken)
    {
        try
        {
            return await QueryAsync(table, TableClient.CreateQueryFilter($"PartitionKey eq {week}"), cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            // The rollups have not run yet: the table does not exist, and the week is empty.
            return [];
        }
    }

    private static async Task<List<TableEntity>> QueryAsync(TableClient client, string filter, CancellationToken cancellationToken)
    {
        var rows = new List<TableEntity>();
        await foreach (var row in client.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            rows.Add(row);
        }

        return rows;
    }
}
