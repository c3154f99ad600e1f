using Intake.Core.Feedback;
using Intake.Core.Reading;
using Intake.Core.Submissions;
using Intake.IntegrationTests.Support;
using Intake.Storage;

namespace Intake.IntegrationTests.Storage;

[Collection(AzuriteCollection.Name)]
public sealed class FeedbackTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task FeedbackWorkbookListsEveryErrorWithItsCell()
    {
        const string name = "区教育局2022年第47周周报.xlsx";
        var upload = TestReports.LongWorkbook(("发现问题", 396), ("完成整改", 400), ("督查通报", "若干"), ("绿化面积", 12), ("=HYPERLINK(\"x\")", 1));

        var outcome = await HandlerFactory.Create(azurite).HandleAsync(await TestReports.UploadAsync(azurite, name, upload));

        Assert.Equal(SubmissionStatus.Rejected, outcome!.Status);
        var download = await azurite.Storage.Container(StorageNames.FeedbackContainer).GetBlobClient(outcome.OriginalBlob + ".xlsx").DownloadContentAsync();
        using var workbook = new MemoryStream(download.Value.Content.ToArray());
        var sheets = new List<(string? Name, List<string?[]> Rows)>();
        foreach (var sheet in SpreadsheetReader.Read(workbook, new ReadLimits()))
        {
            // Rows stream: read each sheet before the reader moves on to the next.
            sheets.Add((sheet.Name, sheet.Rows.Where(r => r.Index >= FeedbackWorkbook.IssueHeaderRow).Select(r => r.Cells.Select(c => c?.Text).ToArray()).ToList()));
        }

        var (sheetName, rows) = Assert.Single(sheets);
        Assert.Equal(FeedbackWorkbook.IssuesSheet, sheetName);
        Assert.Equal(
            [("周报!A5", "unknown-indicator"), ("周报!A6", "unknown-indicator"), ("周报!B3", "rule-violation"), ("周报!B4", "type-error")],
            rows.Select(r => (r[2], r[7])).Order());
        var typeError = rows.Single(r => r[7] == "type-error");
        Assert.Equal(("下发督查通报", "若干"), (typeError[3], typeError[4]));
        Assert.Contains(rows, r => r[4] == "'=HYPERLINK(\"x\")");
    }

    [Fact]
    public async Task AnUnreadableUploadIsRecordedAndFedBackUnderTheReporterAndPeriodOfItsName()
    {
        var upload = new MemoryStream("PK\u0003\u0004 not a workbook at all"u8.ToArray());

        var outcome = await HandlerFactory.Create(azurite).HandleAsync(await TestReports.UploadAsync(azurite, "uploads/城管局/2022年第14周/周报.xlsx", upload));

        Assert.Equal((SubmissionStatus.Rejected, "cgj", "2022-W14"), (outcome!.Status, outcome.Reporter, outcome.Period));
        var submissions = azurite.Storage.Submissions.QueryAsync<Azure.Data.Tables.TableEntity>(
            Azure.Data.Tables.TableClient.CreateQueryFilter($"PartitionKey eq {"2022-W14"} and Reporter eq {"cgj"} and SubmissionId eq {outcome.SubmissionId}"));
        var rows = new List<Azure.Data.Tables.TableEntity>();
        await foreach (var row in submissions)
        {
            rows.Add(row);
        }

        var submission = Assert.Single(rows);
        Assert.Equal("rejected", submission["Status"]);
        var feedback = await azurite.Storage.Container(StorageNames.FeedbackContainer).GetBlobClient(outcome.OriginalBlob + ".txt").DownloadContentAsync();
        Assert.Contains("填报单位：区城管局", feedback.Value.Content.ToString(), StringComparison.Ordinal);
    }
}
