using System.Text;
using System.Text.RegularExpressions;
using Azure.Core;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Intake.Bench.Rollup;
using Intake.Core.Catalog;
using Intake.Core.Periods;
using Intake.Core.Rollups;
using Intake.IntegrationTests.Support;
using Intake.Storage;
using Intake.Storage.Rollups;
using Intake.Storage.Tables;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.IntegrationTests.Rollups;

[Collection(AzuriteCollection.Name)]
public sealed partial class RollupPartitionTests(AzuriteFixture azurite)
{
    // The weeks these tests seed (2019-W30, 2009-W30) lie apart from other tests' weeks, and in the past: a week that
    // starts more than a year after today is out of range, and its rollup is refused.

    [Fact]
    public async Task RollingUpOneWeekReadsOnlyThatWeeksPartitions()
    {
        var week = Period.Week(2019, 30);
        foreach (var number in new[] { 28, 30, 31 })
        {
            await HandlerFactory.Create(azurite).HandleAsync(await TestReports.UploadAsync(azurite, $"峡窝镇2019年第{number}周周报.xlsx", TestReports.LongWorkbook(("走访企业", number))));
        }

        // Day facts of W30 (Monday 22 to Sunday 28 July) are read from W30's partition; the days around it are not summed.
        var days = "单位,指标,日期,数值\n矿山街道,走访企业,2019-07-21,100\n矿山街道,走访企业,2019-07-22,2\n矿山街道,走访企业,2019-07-28,3\n矿山街道,走访企业,2019-07-29,100\n";
        await HandlerFactory.Create(azurite).HandleAsync(await TestReports.UploadAsync(azurite, "矿山街道走访企业历史数据.csv", new MemoryStream(Encoding.UTF8.GetBytes(days))));

        var recorder = new RequestRecorder();
        var tableOptions = new TableClientOptions();
        tableOptions.AddPolicy(recorder, HttpPipelinePosition.PerCall);
        var storage = new IntakeStorage(azurite.ConnectionString, tableOptions, new BlobClientOptions());
        var options = new IntakeOptions { Rollups = new RollupOptions { LastLookbackWeeks = 1 } };
        var handler = Handler(storage, options);

        var built = await handler.RunAsync(week);

        var queries = recorder.Requests
            .Where(r => r.Method == RequestMethod.Get && r.Uri.AbsolutePath.Contains("()", StringComparison.Ordinal))
            .Select(r => (Table: r.Uri.AbsolutePath.Split('/')[^1].Split('(')[0], Filter: Uri.UnescapeDataString(r.Uri.Query)))
            .ToList();
        Assert.NotEmpty(queries);
        Assert.All(queries, q => Assert.Matches(PartitionCondition(), q.Filter));
        // Days and weeks live in their week's partition: W29 and W30 hold every day and week of the window.
        Assert.Equal(["2019-W29", "2019-W30"], FactKeys.RollupPartitions(week, 1));
        Assert.Equal(FactKeys.RollupPartitions(week, 1).ToHashSet(), Partitions(queries, "IntakeFacts"));
        // The import's submission has no period of its own: its facts name the partition TableKeys.UnknownPeriod.
        Assert.Subset(RollupWindow.Periods(week, 1).Append(TableKeys.UnknownPeriod).ToHashSet(), Partitions(queries, "IntakeSubmissions"));
        Assert.Equal([week.Code], Partitions(queries, "IntakeWeeklyRollups").Union(Partitions(queries, "IntakeCompleteness")).Union(Partitions(queries, "IntakeReconciliation")));
        Assert.DoesNotContain("2019-W31", Partitions(queries, "IntakeFacts"));
        Assert.DoesNotContain("2019-W28", Partitions(queries, "IntakeFacts"));
        Assert.Equal(30d, Assert.Single(built.Rollups, r => r.OrgUnit == "xiawo").Value);
        Assert.Equal(5d, Assert.Single(built.Rollups, r => r.OrgUnit == "kuangshan").Value);
        await TableRows.ClearRollupStateAsync(azurite);
    }

    [Fact]
    public async Task AWeeksFactsAreReadOnceFromTheWeeksPartition()
    {
        // Forms of the week: day facts and week totals, all in the week's partition with their submissions.
        var week = Period.Week(2009, 30);
        await new RollupWeekSeeder(CatalogLoader.Default, azurite.Storage).SeedAsync(week, 600);
        var recorder = new RequestRecorder();
        var tableOptions = new TableClientOptions();
        tableOptions.AddPolicy(recorder, HttpPipelinePosition.PerCall);
        var storage = new IntakeStorage(azurite.ConnectionString, tableOptions, new BlobClientOptions());
        var handler = Handler(storage, new IntakeOptions());

        var built = await handler.RunAsync(week);

        var firstPages = recorder.Requests
            .Where(r => r.Method == RequestMethod.Get && r.Uri.AbsolutePath.EndsWith("/IntakeFacts()", StringComparison.Ordinal) && !r.Uri.Query.Contains("NextRowKey", StringComparison.Ordinal))
            .Select(r => PartitionCondition().Match(Uri.UnescapeDataString(r.Uri.Query)).Groups[1].Value)
            .ToList();
        Assert.Single(firstPages, p => p == week.Code);
        Assert.Equal(firstPages.Count, firstPages.Distinct().Count());
        Assert.NotEmpty(built.Rollups);
        Assert.Contains(built.Completeness, c => c.Received);
    }

    private static HashSet<string> Partitions(List<(string Table, string Filter)> queries, string table) =>
        queries.Where(q => q.Table == table)
            .SelectMany(q => PartitionCondition().Matches(q.Filter).Select(m => m.Groups[1].Value))
            .ToHashSet();

    [GeneratedRegex("PartitionKey eq '([^']+)'")]
    private static partial Regex PartitionCondition();

    // The handler over storage clients that record their requests, composed as AddIntake composes it.
    private static BuildWeeklyRollupsHandler Handler(IntakeStorage storage, IntakeOptions options) =>
        new ServiceCollection()
            .AddSingleton(storage)
            .AddSingleton(options)
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().Build())
            .AddLogging()
            .AddIntake()
            .BuildServiceProvider()
            .GetRequiredService<BuildWeeklyRollupsHandler>();
}
