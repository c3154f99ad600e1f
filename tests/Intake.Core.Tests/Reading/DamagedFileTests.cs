using System.Diagnostics;
using Intake.Core.Catalog;
using Intake.Core.Metadata;
using Intake.Core.Reading;
using Intake.Core.Reports;
using Intake.Core.Tests.Support;

namespace Intake.Core.Tests.Reading;

/// <summary>
/// The sample reports cut short and with bits flipped, as uploads broken in transit or on disk
/// arrive: each copy must still end in a well-formed result, quickly, without an exception.
/// </summary>
public sealed class DamagedFileTests
{
    private const int FlippedCopies = 30;

    private static readonly TimeSpan Quickly = TimeSpan.FromSeconds(10);

    private static readonly ReportParser Parser = new(CatalogLoader.Default, new ReadLimits());

    public static TheoryData<string> Samples() =>
        new(Directory.EnumerateFiles(RepositoryPaths.Samples)
            .Where(f => Path.GetExtension(f) is ".xlsx" or ".xls" or ".csv" or ".txt")
            .Select(Path.GetFileName)
            .Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(Samples))]
    public void TruncatedCopiesEndInAWellFormedResult(string sample)
    {
        var bytes = File.ReadAllBytes(RepositoryPaths.Sample(sample));
        int[] lengths = [0, 1, 10, 100, bytes.Length / 2, bytes.Length - 1];

        foreach (var length in lengths.Where(l => l <= bytes.Length))
        {
            AssertWellFormed(sample, bytes[..length], $"the first {length} of {bytes.Length} bytes");
        }
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void BitFlippedCopiesEndInAWellFormedResult(string sample)
    {
        var bytes = File.ReadAllBytes(RepositoryPaths.Sample(sample));
        var random = new Random(sample.Length * 7919);

        for (var copy = 0; copy < FlippedCopies; copy++)
        {
            var damaged = (byte[])bytes.Clone();
            var flips = random.Next(1, 9);
            var flipped = new List<string>();
            for (var i = 0; i < flips; i++)
            {
                var at = random.Next(damaged.Length);
                var bit = random.Next(8);
                damaged[at] ^= (byte)(1 << bit);
                flipped.Add($"{at}:{bit}");
            }

            AssertWellFormed(sample, damaged, $"copy {copy} with bits flipped at {string.Join(", ", flipped)}");
        }
    }

    private static void AssertWellFormed(string sample, byte[] content, string variant)
    {
        using var stream = new MemoryStream(content);
        var clock = Stopwatch.StartNew();
        ParseResult? parsed = null;

        var exception = Record.Exception(() => parsed = Parser.Parse(stream, new ReportHints(sample)));

        Assert.True(exception is null, $"{sample}, {variant}: {exception}");
        var result = parsed!;
        Assert.True(clock.Elapsed < Quickly, $"{sample}, {variant}: took {clock.Elapsed}");
        using (var json = System.Text.Json.JsonDocument.Parse(ParseResultJson.ToJson(result)))
        {
            Assert.Equal(ContractNames.Of(result.Status), json.RootElement.GetProperty("status").GetString());
        }

        Assert.True(result.Status != ReportStatus.Rejected || result.Facts.Count == 0, $"{sample}, {variant}: rejected yet holds facts");
        Assert.All(result.Issues, i => Assert.False(string.IsNullOrWhiteSpace(i.MessageZh), $"{sample}, {variant}: issue {i.Code} has no Chinese message"));
        Assert.All(result.Issues.Where(i => i.Code == IssueCodes.UnreadableFile), i => Assert.True(i.MessageZh.Length > "无法读取文件：".Length, $"{sample}, {variant}: empty unreadable-file message"));
    }
}
