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
            await QueryAsync(azurite.Storage.Facts, FactKeys.PeriodFilter(period)),
            await QueryAsync(azurite.Storage.Submissions, TableClient.CreateQueryFilter($"PartitionKey eq {period}")));
    }

    public Dictionary<string, string> StatusById() =>
        Submissions.ToDictionary(s => (string)s["SubmissionId"], s => (string)s["Status"]);

    public static async Task<bool> BlobExistsAsync(AzuriteFixture azurite, string container, string name) =>
        await azurite.Storage.Container(container).GetBlobClient(name).ExistsAsync();

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
