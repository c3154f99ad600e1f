using System.Text.RegularExpressions;
using Azure.Data.Tables;
using Intake.Core.Periods;
using Intake.IntegrationTests.Support;
using Intake.Storage;
using Intake.Storage.Rollups;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.IntegrationTests.Storage;

[Collection(AzuriteCollection.Name)]
public sealed partial class StorageSchemaTests(AzuriteFixture azurite)
{
    private static readonly string[] SystemProperties = ["PartitionKey", "RowKey", "Timestamp", "odata.etag"];

    [Theory]
    [InlineData(StorageNames.FactsTable)]
    [InlineData(StorageNames.SubmissionsTable)]
    [InlineData(StorageNames.WeeklyRollupsTable)]
    public async Task PropertiesWrittenMatchTheDocumentedSchema(string table)
    {
        await using var services = IntakeServices.For(azurite);
        await HandlerFactory.Create(azurite).HandleAsync(await TestReports.UploadAsync(azurite, "峡窝镇2022年第48周周报.xlsx",
            TestReports.LongWorkbook(("走访企业", 12), ("收集企业问题", 5), ("解决企业问题", "4"))));
        await services.GetRequiredService<BuildWeeklyRollupsHandler>().RunAsync(Period.Week(2022, 48));

        var entity = await azurite.Storage.Tables.GetTableClient(table)
            .QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {"2022-W48"}")).FirstAsync();
        var written = entity.Keys.Except(SystemProperties).ToDictionary(k => k, k => EdmType(entity[k]));

        Assert.Equal(Documented(table).OrderBy(p => p.Key), written.OrderBy(p => p.Key));
    }

    [Theory]
    [InlineData(StorageNames.CompletenessTable)]
    [InlineData(StorageNames.ReconciliationTable)]
    public async Task RollupSideTablesWriteTheDocumentedProperties(string table)
    {
        await using var services = IntakeServices.For(azurite);
        await HandlerFactory.Create(azurite).HandleAsync(await TestReports.UploadAsync(azurite, "工业路街道2022年第47周周报.xlsx",
            TestReports.LongWorkbook(("城镇新增就业", 14))));
        await HandlerFactory.Create(azurite).HandleAsync(await TestReports.UploadAsync(azurite, "人社局2022年第47周周报.csv",
            new MemoryStream(System.Text.Encoding.UTF8.GetBytes("单位,城镇新增就业（本周）\n工业路街道,12\n"))));
        await services.GetRequiredService<BuildWeeklyRollupsHandler>().RunAsync(Period.Week(2022, 47));

        var rows = await azurite.Storage.Tables.GetTableClient(table)
            .QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {"2022-W47"}")).ToListAsync();
        var entity = rows.First(r => !r.ContainsKey("Received") || (bool)r["Received"]!);
        var written = entity.Keys.Except(SystemProperties).ToDictionary(k => k, k => EdmType(entity[k]));

        Assert.Equal(Documented(table).OrderBy(p => p.Key), written.OrderBy(p => p.Key));
    }

    [Theory]
    [InlineData(StorageNames.PeriodRollupsTable, "2012-Q1", "## IntakePeriodRollups ")]
    [InlineData(StorageNames.CompletenessTable, "2012-Q1", "### IntakeCompleteness of a month, quarter or year")]
    [InlineData(StorageNames.OrgUnitsTable, "catalog", "## IntakeOrgUnits ")]
    [InlineData(StorageNames.IndicatorsTable, "catalog", "## IntakeIndicators ")]
    public async Task PeriodAndNameTablesWriteTheDocumentedProperties(string table, string partition, string heading)
    {
        await using var services = IntakeServices.For(azurite);
        await HandlerFactory.Create(azurite).HandleAsync(await TestReports.UploadAsync(azurite, "峡窝镇2012年第3周周报.xlsx",
            TestReports.LongWorkbook(("走访企业", 12))));
        await services.GetRequiredService<BuildPeriodRollupsHandler>().RunAsync(Period.Quarter(2012, 1));

        var entity = await azurite.Storage.Tables.GetTableClient(table)
            .QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {partition}")).FirstAsync();
        var written = entity.Keys.Except(SystemProperties).ToDictionary(k => k, k => EdmType(entity[k]));

        Assert.Equal(Documented(heading, exact: true).OrderBy(p => p.Key), written.OrderBy(p => p.Key));
    }

    private static Dictionary<string, string> Documented(string table, bool exact = false)
    {
        var doc = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "storage-schema.md"));
        var section = doc[doc.IndexOf(exact ? table : $"## {table} ", StringComparison.Ordinal)..];
        var next = NextHeading().Match(section, 1) is { Success: true } found ? found.Index : -1;
        section = next < 0 ? section : section[..next];
        return PropertyRow().Matches(section).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
    }

    private static string EdmType(object? value) => value switch
    {
        string => "Edm.String",
        double => "Edm.Double",
        int => "Edm.Int32",
        long => "Edm.Int64",
        bool => "Edm.Boolean",
        DateTimeOffset or DateTime => "Edm.DateTime",
        Guid => "Edm.Guid",
        _ => value?.GetType().Name ?? "null",
    };

    [GeneratedRegex(@"^\| `(\w+)` \| (Edm\.\w+) \|", RegexOptions.Multiline)]
    private static partial Regex PropertyRow();

    [GeneratedRegex(@"\n##+ ")]
    private static partial Regex NextHeading();
}
