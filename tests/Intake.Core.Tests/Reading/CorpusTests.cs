using System.Diagnostics;
using Intake.Core.Catalog;
using Intake.Core.Metadata;
using Intake.Core.Reading;
using Intake.Core.Reports;
using Intake.Core.Tests.Support;

namespace Intake.Core.Tests.Reading;

/// <summary>
/// Every workbook of the public ExcelDataReader test corpus (real files from that project's bug
/// reports: odd encodings, BIFF2–8, Strict OOXML, encrypted, broken) ends in a clean result.
/// Most are no district report, so rejected is the usual right answer; crashing, hanging or
/// running away with memory never is.
/// </summary>
public sealed class CorpusTests
{
    private const long OneGigabyte = 1024L * 1024 * 1024;

    private static readonly string CorpusFolder = RepositoryPaths.Corpus;

    private static readonly string[] NotWorkbooks = ["LICENSE", "SOURCE.md"];

    public static TheoryData<string> CorpusFiles()
    {
        // A missing corpus must fail loudly rather than pass as an empty theory.
        IEnumerable<string> files = Directory.Exists(CorpusFolder)
            ? Directory.EnumerateFiles(CorpusFolder, "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(CorpusFolder, f))
                .Where(f => !NotWorkbooks.Contains(f, StringComparer.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal)
            : [string.Empty];
        return new TheoryData<string>(files);
    }

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public void CorpusFileEndsInACleanResult(string file)
    {
        Assert.True(Directory.Exists(CorpusFolder),
            $"The public test corpus is missing: expected the ExcelDataReader test data at {CorpusFolder} (tests/corpus/exceldatareader).");
        var parser = new ReportParser(CatalogLoader.Default, new ReadLimits { MaxParseTime = TimeSpan.FromSeconds(20) });
        using var stream = File.OpenRead(Path.Combine(CorpusFolder, file));
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();

        var result = parser.Parse(stream, new ReportHints(Path.GetFileName(file)));

        Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(30));
        // Rough bounds, not a benchmark: what this parse allocated, and the test process's peak.
        Assert.InRange(GC.GetAllocatedBytesForCurrentThread() - allocatedBefore, 0, OneGigabyte);
        Assert.InRange(Process.GetCurrentProcess().PeakWorkingSet64, 0, OneGigabyte);
        Assert.Equal(Path.GetFileName(file), result.File);
        using (var json = System.Text.Json.JsonDocument.Parse(ParseResultJson.ToJson(result)))
        {
            // What `intake parse --json` would print must be one valid contract object, whatever the file held.
            Assert.Equal(ContractNames.Of(result.Status), json.RootElement.GetProperty("status").GetString());
        }

        Assert.All(result.Issues, i => Assert.False(string.IsNullOrWhiteSpace(i.MessageZh), $"issue {i.Code} has no Chinese message"));
        if (result.Status == ReportStatus.Rejected)
        {
            Assert.Empty(result.Facts);
        }

        if (result.Issues.FirstOrDefault(i => i.Code == IssueCodes.UnreadableFile) is { } unreadable)
        {
            Assert.Equal(ReportStatus.Rejected, result.Status);
            Assert.StartsWith("无法读取文件：", unreadable.MessageZh, StringComparison.Ordinal);
            Assert.True(unreadable.MessageZh.Length > "无法读取文件：".Length, "the unreadable-file message says nothing of what is wrong");
        }
    }
}
