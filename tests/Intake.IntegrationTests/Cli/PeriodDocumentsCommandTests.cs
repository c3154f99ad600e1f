using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Intake.IntegrationTests.Support;
using Intake.Local.Azurite;
using Microsoft.Extensions.Logging.Abstractions;

namespace Intake.IntegrationTests.Cli;

/// <summary>
/// The samples through the CLI on an Azurite of their own: <c>intake rollup --period 2022-Q1</c>, then the quarter's
/// bulletin and export as a district office would forward them.
/// </summary>
public sealed class PeriodDocumentsCommandTests
{
    [Fact]
    public async Task TheQuarterlyBulletinAndExportOfTheSamplesReadAsTheDistrictWritesThem()
    {
        await using var azurite = await AzuriteServer.StartAsync(new AzuriteOptions { UseFreePorts = true }, NullLogger.Instance);
        var folder = Directory.CreateTempSubdirectory("quarter").FullName;
        var samples = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "samples")).Order(StringComparer.Ordinal).ToArray();
        var ingest = await ProcessRunner.IntakeAsync(["ingest", .. samples, "--storage", azurite.ConnectionString]);
        Assert.True(ingest.ExitCode == 0, ingest.StandardError);

        var early = await ProcessRunner.IntakeAsync("bulletin", "--period", "2022-Q1", "--out", Path.Combine(folder, "early.docx"), "--storage", azurite.ConnectionString);
        Assert.Equal(2, early.ExitCode);
        Assert.Contains("尚未汇总", early.StandardError, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(folder, "early.docx")));

        var rollup = await ProcessRunner.IntakeAsync("rollup", "--period", "2022-Q1", "--storage", azurite.ConnectionString);
        Assert.True(rollup.ExitCode == 0, rollup.StandardError);
        var docx = Path.Combine(folder, "2022-Q1.docx");
        var bulletin = await ProcessRunner.IntakeAsync("bulletin", "--period", "2022-Q1", "--out", docx, "--storage", azurite.ConnectionString);
        Assert.True(bulletin.ExitCode == 0, bulletin.StandardError);
        var xlsx = Path.Combine(folder, "2022-Q1.xlsx");
        var export = await ProcessRunner.IntakeAsync("export", "--period", "2022-Q1", "--out", xlsx, "--storage", azurite.ConnectionString);
        Assert.True(export.ExitCode == 0, export.StandardError);

        using (var document = WordprocessingDocument.Open(docx, false))
        {
            var paragraphs = document.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().Select(p => p.InnerText).ToList();
            Assert.Equal(["上街区2022年一季度工作情况", "2022年一季度（1月1日—3月31日）"], paragraphs.Take(2));
            var labour = Assert.Single(paragraphs, p => p.EndsWith("（区人社局）", StringComparison.Ordinal));
            Assert.StartsWith("一季度，全区城镇新增就业870人（峡窝镇160人、", labour, StringComparison.Ordinal);
            Assert.Contains("城镇登记失业率2%以内，低于省定4.5%的控制目标", labour, StringComparison.Ordinal);
            var urban = Assert.Single(paragraphs, p => p.EndsWith("（区城管局）", StringComparison.Ordinal));
            Assert.Contains("截至目前，排查路灯线路200余次；整修路灯2000余盏", urban, StringComparison.Ordinal);
            Assert.DoesNotContain(paragraphs, p => p.Contains("各乡镇（街道）", StringComparison.Ordinal) && p.Contains("整修路灯", StringComparison.Ordinal));
        }

        var sheets = WorkbookText.Read(xlsx);
        Assert.Equal(["汇总", "完成情况", "数据核对"], sheets.Keys);
        Assert.Contains(["上街区", "城镇新增就业", "人", "870", "870", "牵头部门数", "1"], sheets["汇总"]);
        Assert.Contains(["上街区", "整修路灯", "盏", "160", "2000", "牵头部门数", "1"], sheets["汇总"]);
        var townshipsCumulative = sheets["汇总"].Where(r => r[1] == "城镇新增就业" && r[0].EndsWith('镇') || r[1] == "城镇新增就业" && r[0].EndsWith("街道", StringComparison.Ordinal))
            .Sum(r => double.Parse(r[4], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(870d, townshipsCumulative);
    }
}
