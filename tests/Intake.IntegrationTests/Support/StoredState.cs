using Azure.Data.Tables;
using Intake.Storage;
using Intake.Storage.Tables;

namespace Intake.IntegrationTests.Support;

/// <summary>What the tables and containers hold for one report period, read with plain SDK clients.</summary>
internal sealed record StoredState(List<TableEntity> Facts, List<TableEntity> Submissions)
{
    public static async Task<StoredState> ReadAsync(AzuriteFixture azurite, string period)
    {
        return new StoredState(
            await QueryAsync(azurite.Storage.Facts, FactsOf(period)),
            await QueryAsync(azurite.Storage.Submissions, TableClient.CreateQueryFilter($"PartitionKey eq {period}")));
    }

    public Dictionary<string, string> StatusById() =>
        Submissions.ToDictionary(s => (string)s["SubmissionId"], s => (string)s["Status"]);

    public static async Task<bool> BlobExistsAsync(AzuriteFixture azurite, string container, string name) =>
        await azurite.Storage.Container(container).GetBlobClient(name).ExistsAsync();

    // The facts of one period: a RowKey range of its partition (a day's and a week's facts share their week's).
    private static string FactsOf(string period)
    {
        return TableClient.CreateQueryFilter($"PartitionKey eq {FactKeys.Partition(period)} and RowKey ge {FactKeys.PeriodPrefix(period)} and RowKey lt {FactKeys.PeriodRangeEnd(period)}");
    }

    private static async Task<List<TableEntity>> QueryAsync(TableClient table, string filter)
    {
        var rows = new List<TableEntity>();
        await foreach (var row in table.QueryAsync<TableEntity>(filter))
        {
            rows.Add(row);
        }

        return rows;
    }
}
