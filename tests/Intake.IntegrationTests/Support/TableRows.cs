using Azure.Data.Tables;

namespace Intake.IntegrationTests.Support;

/// <summary>Reads the rows of one partition with a plain TableClient, as a downstream tool would.</summary>
internal static class TableRows
{
    public static async Task<List<TableEntity>> ReadAsync(TableClient table, string partition)
    {
        var rows = new List<TableEntity>();
        await foreach (var row in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {partition}")))
        {
            rows.Add(row);
        }

        return rows;
    }

    public static async Task ClearRollupStateAsync(AzuriteFixture azurite)
    {
        await foreach (var row in azurite.Storage.RollupState.QueryAsync<TableEntity>(select: ["PartitionKey", "RowKey"]))
        {
            await azurite.Storage.RollupState.DeleteEntityAsync(row.PartitionKey, row.RowKey);
        }
    }
}
