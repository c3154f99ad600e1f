using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Intake.IntegrationTests.Support;
using Xunit.Abstractions;

namespace Intake.IntegrationTests.Cli;

/// <summary>
/// Previews against a real <c>intake serve</c> process, measured from /proc: the memory eight previews of the largest
/// allowed file take at once, the size of their answers, and a preview whose client goes away.
/// </summary>
[Collection(MeasuredCollection.Name)]
public sealed class ServePreviewTests(AzuriteFixture azurite, ITestOutputHelper output) : IClassFixture<AzuriteFixture>
{
    private const long LargestFile = 50L * 1024 * 1024;
    private const long OneGigabyte = 1024L * 1024 * 1024;

    [Fact]
    public async Task EightPreviewsOfTheLargestFileAtOnceStayUnderAGigabyteAndAnswerOnePageEach()
    {
        var file = LargestAcceptedFile();
        Assert.InRange(file.Length, LargestFile - (1024 * 1024), LargestFile);
        await using var serve = await ServeProcess.StartAsync(azurite.ConnectionString, TimeSpan.FromSeconds(90));
        using var http = new HttpClient { BaseAddress = serve.Address, Timeout = TimeSpan.FromMinutes(5) };

        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(async i =>
        {
            using var response = await http.PostAsync($"/api/preview?reporter=xiawo&name=history-{i}.csv", Octets(file));
            return (response.StatusCode, Body: await response.Content.ReadAsStringAsync(), RetryAfter: response.Headers.RetryAfter?.Delta);
        }));

        var peak = PeakResidentBytes(serve.ProcessId);
        output.WriteLine($"serve's peak resident memory: {peak / 1024 / 1024} MB; answers: {string.Join(", ", answers.Select(a => a.StatusCode))}");
        Assert.True(peak < OneGigabyte, $"serve's resident memory reached {peak / 1024 / 1024} MB");
        Assert.All(answers, a => Assert.Contains(a.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.TooManyRequests }));
        Assert.All(answers.Where(a => a.StatusCode == HttpStatusCode.TooManyRequests), a => Assert.NotNull(a.RetryAfter));
        var answered = answers.Where(a => a.StatusCode == HttpStatusCode.OK).ToList();
        Assert.True(answered.Count >= 2, "fewer than two previews were answered");
        foreach (var (_, body, _) in answered)
        {
            using var json = JsonDocument.Parse(body);
            var root = json.RootElement;
            Assert.Equal("accepted", root.GetProperty("status").GetString());
            Assert.Equal(RowsOf(file), root.GetProperty("factCount").GetInt32());
            Assert.Equal(100, root.GetProperty("facts").GetArrayLength());
            Assert.True(body.Length < 100_000, $"a preview answered {body.Length} characters");
        }

        using var third = await http.PostAsync("/api/preview?reporter=xiawo&name=history.csv&page=2", Octets(file));
        using var page = JsonDocument.Parse(await third.Content.ReadAsStringAsync());
        Assert.Equal("D202", page.RootElement.GetProperty("facts")[0].GetProperty("cell").GetString());
    }

    [Fact]
    public async Task APreviewWhoseClientDisconnectsStopsItsParseAndOneOfAMillionErrorsListsOnlyAPage()
    {
        var file = MillionRowsThatRepeatEachOther();
        await using var serve = await ServeProcess.StartAsync(azurite.ConnectionString, TimeSpan.FromSeconds(90));
        using var http = new HttpClient { BaseAddress = serve.Address, Timeout = TimeSpan.FromMinutes(5) };

        using (var gone = new CancellationTokenSource(TimeSpan.FromSeconds(3)))
        {
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => http.PostAsync("/api/preview?reporter=xiawo&name=gone.csv", Octets(file), gone.Token));
        }

        await EventuallyAsync(() => serve.Output.Contains("Preview of gone.csv stopped after", StringComparison.Ordinal), TimeSpan.FromSeconds(10));
        await Task.Delay(TimeSpan.FromSeconds(1));
        var before = CpuSeconds(serve.ProcessId);
        await Task.Delay(TimeSpan.FromSeconds(4));
        var busy = CpuSeconds(serve.ProcessId) - before;
        output.WriteLine($"serve used {busy:0.00} s of CPU in the 4 s after the client went away");
        Assert.True(busy < 1.5, $"serve kept working ({busy:0.00} s of CPU in 4 s) after the client went away");

        var started = DateTime.UtcNow;
        using var response = await http.PostAsync("/api/preview?reporter=xiawo&name=repeats.csv", Octets(file));
        output.WriteLine($"the whole preview took {(DateTime.UtcNow - started).TotalSeconds:0.0} s");
        var body = await response.Content.ReadAsStringAsync();
        using var json = JsonDocument.Parse(body);
        var root = json.RootElement;
        Assert.Equal("rejected", root.GetProperty("status").GetString());
        Assert.True(root.GetProperty("errorCount").GetInt32() > 900_000);
        Assert.Equal(100, root.GetProperty("issues").GetArrayLength());
        Assert.Equal(0, root.GetProperty("facts").GetArrayLength());
        Assert.True(body.Length < 100_000, $"the preview answered {body.Length} characters");
        Assert.True(PeakResidentBytes(serve.ProcessId) < OneGigabyte);
    }

    [Fact]
    public async Task ServeAnswersOnlyItsOwnLoopbackHostAndEveryAnswerIsNeitherStoredNorSniffed()
    {
        await using var serve = await ServeProcess.StartAsync(azurite.ConnectionString, TimeSpan.FromSeconds(90));
        using var http = new HttpClient();
        var port = serve.Address.Port;

        foreach (var (host, expected) in new[]
        {
            ($"127.0.0.1:{port}", HttpStatusCode.OK),
            ($"localhost:{port}", HttpStatusCode.OK),
            ($"rebind.example:{port}", HttpStatusCode.BadRequest),
            ($"127.0.0.1:{port + 1}", HttpStatusCode.BadRequest),
            ("127.0.0.1", HttpStatusCode.BadRequest),
        })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(serve.Address, "/api/me"));
            request.Headers.Host = host;
            using var response = await http.SendAsync(request);

            Assert.True(response.StatusCode == expected, $"Host {host}: {response.StatusCode}");
            Assert.True(response.Headers.CacheControl?.NoStore, $"Host {host}: Cache-Control {response.Headers.CacheControl}");
            Assert.Equal(["nosniff"], response.Headers.GetValues("X-Content-Type-Options"));
        }

        foreach (var path in new[] { "/healthz", "/api/status", "/nowhere" })
        {
            using var response = await http.GetAsync(new Uri(serve.Address, path));
            Assert.True(response.Headers.CacheControl?.NoStore, $"{path}: Cache-Control {response.Headers.CacheControl}");
        }
    }

    // A history import of a township's own figures, one a day for every indicator from 2000 to 2025, padded with a
    // 备注 column to the largest upload taken: every row stands.
    private static byte[] LargestAcceptedFile()
    {
        var indicators = Intake.Core.Catalog.CatalogLoader.Default.Indicators.Select(i => i.Code).ToList();
        var text = new StringBuilder("orgUnit,dataElement,period,value,备注\n");
        var remark = string.Concat(Enumerable.Repeat("本行为历史数据导入的说明文字用于核对来源", 3));
        var size = (long)Encoding.UTF8.GetByteCount(text.ToString());
        var rows = 0;
        for (var day = new DateOnly(2000, 1, 3); day.Year <= 2025; day = day.AddDays(1))
        {
            foreach (var indicator in indicators)
            {
                var head = $"xiawo,{indicator},{day:yyyy-MM-dd},3,";
                var line = head + remark[..((194 - head.Length) / 3)] + rows.ToString(CultureInfo.InvariantCulture) + "\n";
                size += Encoding.UTF8.GetByteCount(line);
                if (size > LargestFile)
                {
                    return Encoding.UTF8.GetBytes(text.ToString());
                }

                text.Append(line);
                rows++;
            }
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    // As many rows as a file may hold, each giving again, with another value, a figure given above it.
    private static byte[] MillionRowsThatRepeatEachOther()
    {
        var text = new StringBuilder("orgUnit,dataElement,period,value\n");
        for (var row = 0; row < 999_999; row++)
        {
            text.Append("xiawo,enterprise_visits,").Append(new DateOnly(2020, 1, 1).AddDays(row % 1000).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
                .Append(',').Append(row % 997).Append('\n');
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static int RowsOf(byte[] csv) => csv.Count(b => b == (byte)'\n') - 1;

    private static ByteArrayContent Octets(byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return content;
    }

    // VmHWM: the most memory the process has held resident since it started.
    private static long PeakResidentBytes(int pid)
    {
        var line = File.ReadLines($"/proc/{pid}/status").Single(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
    }

    // utime + stime of /proc/PID/stat, in clock ticks of 1/100 s.
    private static double CpuSeconds(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / 100.0;
    }

    private static async Task EventuallyAsync(Func<bool> condition, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < until, "the condition did not hold in time");
            await Task.Delay(200);
        }
    }
}
