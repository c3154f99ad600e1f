using Intake.Core.Catalog;
using Intake.Core.Workbooks;
using Intake.IntegrationTests.Support;
using Intake.Storage.Tables;

namespace Intake.IntegrationTests.Storage;

[Collection(AzuriteCollection.Name)]
public sealed class SupersedeTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task CorrectionOfAReportWithMoreThanAHundredFactsReplacesItWhole()
    {
        const string period = "2022-W45";
        const string name = "区发改委2022年第45周全区汇总表.xlsx";
        var handler = HandlerFactory.Create(azurite);
        var first = await handler.HandleAsync(await TestReports.UploadAsync(azurite, name, EveryUnitEveryIndicator(3)));
        var corrected = await handler.HandleAsync(await TestReports.UploadAsync(azurite, name, EveryUnitEveryIndicator(4)));

        var state = await StoredState.ReadAsync(azurite, period);
        Assert.True(first!.FactCount > 100, $"the report should span several transactions, has {first.FactCount} facts");
        Assert.Equal(first.FactCount, state.Facts.Count);
        Assert.All(state.Facts, f => Assert.Equal((corrected!.SubmissionId, 4d), ((string)f["SubmissionId"], (double)f["Value"])));
        Assert.Equal(SubmissionStatus.Superseded, state.StatusById()[first.SubmissionId]);
    }

    [Fact]
    public async Task TwoVersionsProcessedConcurrentlyLeaveTheLaterOneCurrent()
    {
        const string period = "2022-W46";
        var older = await TestReports.UploadAsync(azurite, "城管局2022年第46周周报.xlsx", TestReports.LongWorkbook(("整修路灯", 150), ("清淤", 30)));
        await Task.Delay(1100);
        var newer = await TestReports.UploadAsync(azurite, "城管局2022年第46周周报（修改版）.xlsx", TestReports.LongWorkbook(("整修路灯", 160)));

        var outcomes = await Task.WhenAll(
            HandlerFactory.Create(azurite).HandleAsync(newer),
            HandlerFactory.Create(azurite).HandleAsync(older));

        var state = await StoredState.ReadAsync(azurite, period);
        var current = Assert.Single(state.Submissions, s => SubmissionStatus.IsCurrent((string)s["Status"]));
        Assert.Equal(outcomes[0]!.SubmissionId, current["SubmissionId"]);
        Assert.Equal(SubmissionStatus.Superseded, state.StatusById()[outcomes[1]!.SubmissionId]);
        var fact = Assert.Single(state.Facts);
        Assert.Equal(160d, fact["Value"]);
    }

    // A wide table: every department and township a row, every indicator a column.
    private static MemoryStream EveryUnitEveryIndicator(int value)
    {
        var catalog = CatalogLoader.Default;
        var stream = new MemoryStream();
        using (var writer = new XlsxWriter(stream))
        {
            var sheet = writer.AddSheet("汇总").Row([.. catalog.Indicators.Select(i => (object?)i.NameZh).Prepend("单位")]);
            foreach (var unit in catalog.ExpectedReporters)
            {
                sheet.Row([.. catalog.Indicators.Select(_ => (object?)value).Prepend(unit.NameZh)]);
            }
        }

        return stream;
    }
}
