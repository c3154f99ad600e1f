using Azure.Data.Tables;
using Intake.Functions;
using Intake.IntegrationTests.Support;
using Intake.Storage;
using Intake.Storage.Rollups;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.IntegrationTests.Functions;

[Collection(AzuriteCollection.Name)]
public sealed class BuildWeeklyRollupsTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task TimerFunctionRollsUpTheShanghaiWeekThatJustEnded()
    {
        // Sunday 22:00 UTC is Monday 06:00 in Shanghai: the week that just ended there is 2022-W49.
        var clock = new FixedClock(new DateTimeOffset(2022, 12, 11, 22, 0, 0, TimeSpan.Zero));
        await using var services = IntakeServices.For(azurite, clock);
        var handler = HandlerFactory.Create(azurite);
        await handler.HandleAsync(await TestReports.UploadAsync(azurite, "峡窝镇2022年第49周周报.xlsx", TestReports.LongWorkbook(("走访企业", 12), ("排查安全隐患", "8处以上"))));
        await handler.HandleAsync(await TestReports.UploadAsync(azurite, "城管局2022年第49周周报.xlsx", TestReports.LongWorkbook(("排查安全隐患", 9))));

        await new BuildWeeklyRollups(services.GetRequiredService<BuildWeeklyRollupsHandler>()).RunAsync(new TimerInfo(), CancellationToken.None);

        var rows = new List<TableEntity>();
        await foreach (var row in azurite.Storage.WeeklyRollups.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {"2022-W49"}")))
        {
            rows.Add(row);
        }

        var district = Assert.Single(rows, r => (string)r["RowKey"] == "shangjie|safety_hazards_found|period");
        Assert.Equal((17d, "at_least", "sum", 2), ((double)district["Value"], (string)district["Qualifier"], (string)district["Aggregation"], (int)district["ReportCount"]));
        var visits = Assert.Single(rows, r => (string)r["RowKey"] == "xiawo|enterprise_visits|period");
        Assert.Equal(12d, visits["Value"]);
        Assert.Equal(new DateTimeOffset(2022, 12, 5, 0, 0, 0, TimeSpan.Zero), visits.GetDateTimeOffset("WeekStart"));
    }
}
