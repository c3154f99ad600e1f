using System.Globalization;
using System.Net;
using System.Text;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Intake.Core.Periods;
using Intake.Core.Quantities;
using Intake.Core.Reports;
using Intake.Core.Submissions;
using Intake.IntegrationTests.Support;
using Intake.Storage;
using Intake.Storage.Tables;

namespace Intake.IntegrationTests.Storage;

/// <summary>
/// The key layout of IntakeFacts (docs/storage-schema.md): day and week facts in their ISO week's partition, months,
/// quarters and years in their own, and every reader and the sweep finding them there.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class FactPartitionTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task DayFactsOfOneWeekShareTheWeeksPartitionAndADayReadsOnlyItsOwnFacts()
    {
        // 2008-W13 is Monday 24 to Sunday 30 March; the 31st is in W14.
        await IngestAsync("峡窝镇走访企业历史数据甲.csv", History(("2008-03-24", 1), ("2008-03-26", 2), ("2008-03-30", 3), ("2008-03-31", 4)));
        await IngestAsync("峡窝镇2008年第13周周报.csv", "指标,本周\n走访企业,10\n");

        Assert.Equal(["2008-03-24", "2008-03-26", "2008-03-30", "2008-W13"], (await TableRows.ReadAsync(azurite.Storage.Facts, "2008-W13")).Select(r => (string)r["Period"]).Order(StringComparer.Ordinal));
        Assert.Equal(["2008-03-31"], (await TableRows.ReadAsync(azurite.Storage.Facts, "2008-W14")).Select(r => (string)r["Period"]));
        Assert.Empty(await TableRows.ReadAsync(azurite.Storage.Facts, "2008-03-26"));

        var reader = new CurrentFactReader(azurite.Storage);
        var day = Assert.Single(await reader.ReadAsync("2008-03-26"));
        Assert.Equal(("2008-03-26", 2d), (day.Period?.Code, day.Value));
        var week = Assert.Single(await reader.ReadAsync("2008-W13"));
        Assert.Equal(("2008-W13", 10d), (week.Period?.Code, week.Value));
        Assert.Equal(4, (await reader.ReadPartitionSourcedAsync("2008-W13")).Count);
        await TableRows.ClearRollupStateAsync(azurite);
    }

    [Fact]
    public async Task MonthAndQuarterFactsKeepTheirOwnPartitionAndStillRead()
    {
        await IngestAsync("峡窝镇走访企业历史数据乙.csv", History(("2008-05", 7), ("2008-06-30", 8), ("2008年第2季度", 9)));

        Assert.Equal(["2008-05"], (await TableRows.ReadAsync(azurite.Storage.Facts, "2008-05")).Select(r => (string)r["Period"]));
        Assert.Equal(["2008-Q2"], (await TableRows.ReadAsync(azurite.Storage.Facts, "2008-Q2")).Select(r => (string)r["Period"]));
        Assert.Equal(["2008-06-30"], (await TableRows.ReadAsync(azurite.Storage.Facts, "2008-W27")).Select(r => (string)r["Period"]));

        var reader = new CurrentFactReader(azurite.Storage);
        Assert.Equal(7d, Assert.Single(await reader.ReadAsync("2008-05")).Value);
        Assert.Equal(9d, Assert.Single(await reader.ReadAsync("2008-Q2")).Value);
        Assert.Equal(8d, Assert.Single(await reader.ReadAsync("2008-06-30")).Value);
        Assert.Contains("2008-Q2", FactKeys.RollupPartitions(Period.Week(2008, 27), 0));
        await TableRows.ClearRollupStateAsync(azurite);
    }

    [Fact]
    public async Task ACorrectionOfAHistorySweepsEveryOldRowWithOneQueryPerWeekAndReadersNeverSeeAMix()
    {
        // Three weeks of days (W15 to W17), corrected by two weeks with other values: W17's rows must go.
        const string name = "峡窝镇走访企业历史数据丙.csv";
        var days = Enumerable.Range(0, 21).Select(d => new DateOnly(2008, 4, 7).AddDays(d)).ToList();
        var first = await IngestAsync(name, History([.. days.Select(d => (Code(d), 1d))]));

        var observer = new ObserveBeforeEachTransaction(azurite.ConnectionString);
        var corrected = await HandlerFactory.Create(azurite, observer).HandleAsync(
            await TestReports.UploadAsync(azurite, name, Csv(History([.. days.Take(14).Select(d => (Code(d), 2d))]))));

        Assert.Equal(SubmissionStatus.Accepted, corrected?.Status);
        Assert.NotEmpty(observer.Seen);
        var old = new Observation(first, 7, 1, 7);
        var now = new Observation(corrected!.SubmissionId, 7, 2, 0);
        Assert.All(observer.Seen, seen => Assert.True(seen == old || seen == now, $"a reader saw {seen}"));
        Assert.Contains(old, observer.Seen);
        Assert.Contains(now, observer.Seen);
        Assert.Equal(now, await ObserveAsync(new CurrentFactReader(azurite.Storage)));

        foreach (var week in new[] { "2008-W15", "2008-W16" })
        {
            var rows = await TableRows.ReadAsync(azurite.Storage.Facts, week);
            Assert.Equal(7, rows.Count);
            Assert.All(rows, r => Assert.Equal((corrected.SubmissionId, 2d), ((string)r["SubmissionId"], (double)r["Value"])));
        }

        Assert.Empty(await TableRows.ReadAsync(azurite.Storage.Facts, "2008-W17"));
        Assert.Equal(["2008-W15", "2008-W16", "2008-W17"], observer.FactQueries.Order(StringComparer.Ordinal));
        await TableRows.ClearRollupStateAsync(azurite);
    }

    [Fact]
    public async Task ThrottledTransactionsAreRetriedWithBackoff()
    {
        using var throttle = new ThrottleFirstTransactions(HttpStatusCode.TooManyRequests, HttpStatusCode.ServiceUnavailable);
        var storage = new IntakeStorage(azurite.ConnectionString, new TableClientOptions { Transport = new HttpClientTransport(new HttpClient(throttle)) }, new BlobClientOptions());
        await storage.EnsureCreatedAsync();
        var facts = Enumerable.Range(0, 150)
            .Select(i => new Fact(new("xiawo"), new("xiawo"), new($"indicator_{i:000}"), Period.Parse("2008-08-05"), Measure.Period, i, Qualifier.Exact, "个", $"{i}", $"B{i + 2}"))
            .ToList();

        await new FactStore(storage).WriteAsync(facts, "throttled", "throttle-test", TableKeys.UnknownPeriod);

        Assert.Equal(2, throttle.Refused);
        Assert.Equal(150, (await TableRows.ReadAsync(azurite.Storage.Facts, "2008-W32")).Count(r => (string)r["SubmissionId"] == "throttle-test"));
    }

    private static string Code(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string History(params (string Period, double Value)[] rows) =>
        "单位,指标,日期,数值\n" + string.Concat(rows.Select(r => $"峡窝镇,走访企业,{r.Period},{r.Value.ToString(CultureInfo.InvariantCulture)}\n"));

    private static MemoryStream Csv(string text) => new(Encoding.UTF8.GetBytes(text));

    private async Task<string> IngestAsync(string name, string csv)
    {
        var outcome = await HandlerFactory.Create(azurite).HandleAsync(await TestReports.UploadAsync(azurite, name, Csv(csv)));
        Assert.Equal(SubmissionStatus.Accepted, outcome?.Status);
        return outcome!.SubmissionId;
    }

    // What a reader of the current facts sees: one submission (or none), the facts of W15 and their value, and W17's count.
    private static async Task<Observation> ObserveAsync(CurrentFactReader reader)
    {
        var week15 = await reader.ReadPartitionSourcedAsync("2008-W15");
        var day = await reader.ReadSourcedAsync("2008-04-09");
        var week17 = await reader.ReadPartitionSourcedAsync("2008-W17");
        var all = week15.Concat(day).Concat(week17).ToList();
        var submissions = all.Select(f => f.SubmissionId).Distinct().ToList();
        var values = all.Select(f => f.Fact.Value).Distinct().ToList();
        return day.Count == 1 && submissions.Count == 1 && values.Count == 1
            ? new Observation(submissions[0], week15.Count, values[0], week17.Count)
            : new Observation(string.Join("+", submissions), week15.Count, double.NaN, week17.Count);
    }

    private sealed record Observation(string SubmissionId, int Week15, double Value, int Week17);

    /// <summary>
    /// Before each table transaction of the handler it sits in (fact writes, the switch, sweep deletes), reads the
    /// current facts with a reader of its own; also notes the partitions the handler queries in IntakeFacts.
    /// </summary>
    private sealed class ObserveBeforeEachTransaction(string connectionString) : HttpPipelinePolicy
    {
        private readonly CurrentFactReader _reader = new(new IntakeStorage(connectionString));
        private readonly Lock _gate = new();
        private readonly List<Observation> _seen = [];
        private readonly List<string> _factQueries = [];

        public IReadOnlyList<Observation> Seen
        {
            get
            {
                lock (_gate)
                {
                    return [.. _seen];
                }
            }
        }

        public IReadOnlyList<string> FactQueries
        {
            get
            {
                lock (_gate)
                {
                    return [.. _factQueries];
                }
            }
        }

        // The ingest handler calls storage asynchronously; a synchronous call passes unobserved.
        public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) => ProcessNext(message, pipeline);

        public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
        {
            var request = message.Request;
            var path = request.Uri.Path;
            if (request.Method == RequestMethod.Post && path.EndsWith("/$batch", StringComparison.Ordinal))
            {
                var seen = await ObserveAsync(_reader);
                lock (_gate)
                {
                    _seen.Add(seen);
                }
            }
            else if (request.Method == RequestMethod.Get && path.Contains("/IntakeFacts()", StringComparison.Ordinal))
            {
                var filter = Uri.UnescapeDataString(request.Uri.ToUri().Query);
                var partition = filter[(filter.IndexOf("PartitionKey eq '", StringComparison.Ordinal) + 17)..];
                lock (_gate)
                {
                    _factQueries.Add(partition[..partition.IndexOf('\'', StringComparison.Ordinal)]);
                }
            }

            await ProcessNextAsync(message, pipeline);
        }
    }

    /// <summary>Answers the first table transactions with the given throttling statuses, then lets requests through.</summary>
    private sealed class ThrottleFirstTransactions(params HttpStatusCode[] statuses) : DelegatingHandler(new HttpClientHandler())
    {
        private int _transactions;
        private int _refused;

        public int Refused => _refused;

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.Method == HttpMethod.Post && request.RequestUri!.AbsolutePath.EndsWith("/$batch", StringComparison.Ordinal))
            {
                var n = Interlocked.Increment(ref _transactions);
                if (n <= statuses.Length)
                {
                    Interlocked.Increment(ref _refused);
                    return new HttpResponseMessage(statuses[n - 1]) { RequestMessage = request };
                }
            }

            return await base.SendAsync(request, cancellationToken);
        }
    }
}
