using System.Collections.Concurrent;
using Azure;
using Azure.Data.Tables;
using Intake.Local.Azurite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Intake.IntegrationTests.Bench;

/// <summary>
/// <see cref="AzuriteOptions.PointLookups"/> (tools/azurite/point-lookups.js, loaded by the bench's rollup case) must
/// only make finding a row by its key cheaper: the same operations give the same answers as on Azurite as published.
/// </summary>
public sealed class PointLookupsTests
{
    [Fact]
    public async Task AzuriteWithPointLookupsAnswersInserts_Upserts_Deletes_AndFailedTransactionsAsAzuriteDoes()
    {
        var logger = new LinesLogger();
        await using var indexed = await AzuriteServer.StartAsync(new AzuriteOptions { UseFreePorts = true, PointLookups = true }, logger);
        await using var stock = await AzuriteServer.StartAsync(new AzuriteOptions { UseFreePorts = true }, NullLogger.Instance);

        var withLookups = await ScenarioAsync(indexed.ConnectionString);
        var published = await ScenarioAsync(stock.ConnectionString);

        Assert.Contains(logger.Lines, l => l.Contains("point-lookups.js", StringComparison.Ordinal));
        Assert.Equal(published, withLookups);
        // What the scenario must show on either, so that agreeing is not agreeing on nothing.
        Assert.Equal(
            [
                "insert a: ok", "insert a again: 409 EntityAlreadyExists", "upsert a: ok", "a = 2", "merge a: ok", "a = 2, b = x",
                "transaction (insert c, insert a): 409 EntityAlreadyExists", "c after the failed transaction: absent", "insert c: ok",
                "delete a: ok", "a after delete: absent", "insert a after delete: ok", "a = 5",
                "rows of p: 1,002",
            ],
            withLookups);
    }

    private static async Task<List<string>> ScenarioAsync(string connectionString)
    {
        var table = new TableServiceClient(connectionString).GetTableClient("pointlookups");
        await table.CreateIfNotExistsAsync();
        var said = new List<string>();

        async Task Say(string what, Func<Task> act)
        {
            try
            {
                await act();
                said.Add($"{what}: ok");
            }
            catch (RequestFailedException ex)
            {
                said.Add($"{what}: {ex.Status} {ex.ErrorCode}");
            }
        }

        async Task Show(string rowKey, string absent, params string[] columns)
        {
            var row = await table.GetEntityIfExistsAsync<TableEntity>("p", rowKey);
            said.Add(row.HasValue
                ? $"{rowKey} = {row.Value![columns[0]]}" + string.Concat(columns.Skip(1).Select(c => $", {c} = {row.Value[c]}"))
                : absent);
        }

        // Rows before and after the ones the scenario uses, so that lookups happen in a partition holding more than them.
        for (var start = 0; start < 1_000; start += 100)
        {
            await table.SubmitTransactionAsync(Enumerable.Range(start, 100)
                .Select(i => new TableTransactionAction(TableTransactionActionType.Add, new TableEntity("p", i < 500 ? $"0{i:D4}" : $"z{i:D4}") { ["v"] = i })));
        }

        await Say("insert a", () => table.AddEntityAsync(new TableEntity("p", "a") { ["v"] = 1 }));
        await Say("insert a again", () => table.AddEntityAsync(new TableEntity("p", "a") { ["v"] = 9 }));
        await Say("upsert a", () => table.UpsertEntityAsync(new TableEntity("p", "a") { ["v"] = 2 }, TableUpdateMode.Replace));
        await Show("a", "a: absent", "v");
        await Say("merge a", () => table.UpsertEntityAsync(new TableEntity("p", "a") { ["b"] = "x" }, TableUpdateMode.Merge));
        await Show("a", "a: absent", "v", "b");
        await Say("transaction (insert c, insert a)", () => table.SubmitTransactionAsync(
            [
                new TableTransactionAction(TableTransactionActionType.Add, new TableEntity("p", "c") { ["v"] = 3 }),
                new TableTransactionAction(TableTransactionActionType.Add, new TableEntity("p", "a") { ["v"] = 4 }),
            ]));
        await Show("c", "c after the failed transaction: absent", "v");
        await Say("insert c", () => table.AddEntityAsync(new TableEntity("p", "c") { ["v"] = 3 }));
        await Say("delete a", () => table.DeleteEntityAsync("p", "a"));
        await Show("a", "a after delete: absent", "v");
        await Say("insert a after delete", () => table.AddEntityAsync(new TableEntity("p", "a") { ["v"] = 5 }));
        await Show("a", "a: absent", "v");
        var rows = 0;
        await foreach (var _ in table.QueryAsync<TableEntity>(e => e.PartitionKey == "p"))
        {
            rows++;
        }

        said.Add($"rows of p: {rows:N0}");
        return said;
    }

    private sealed class LinesLogger : ILogger
    {
        public ConcurrentQueue<string> Lines { get; } = new();

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Lines.Enqueue(formatter(state, exception));
    }
}
