using Intake.Core.Catalog;
using Intake.Core.Reports;
using Intake.Core.Submissions;
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
        var facts = new List<Azure.Data.Tables.TableEntity>();
        foreach (var day in Enumerable.Range(7, 7).Select(d => $"2022-11-{d:00}"))
        {
            facts.AddRange((await StoredState.ReadAsync(azurite, day)).Facts);
        }

        Assert.True(first!.FactCount > 100, $"the report should span several transactions, has {first.FactCount} facts");
        Assert.Equal(first.FactCount, facts.Count);
        Assert.All(facts, f => Assert.Equal((corrected!.SubmissionId, 4d), ((string)f["SubmissionId"], (double)f["Value"])));
        Assert.Equal("superseded", state.StatusById()[first.SubmissionId]);
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
        var current = Assert.Single(state.Submissions, s => ContractNames.ParseSubmissionStatus((string)s["Status"]).IsCurrent());
        Assert.Equal(outcomes[0]!.SubmissionId, current["SubmissionId"]);
        Assert.Equal("superseded", state.StatusById()[outcomes[1]!.SubmissionId]);
        var fact = Assert.Single(state.Facts);
        Assert.Equal(160d, fact["Value"]);
    }

    // A history of every day of the week, a row per day, unit and indicator: the department's own indicators for
    // itself and its 万人助万企 ones for the townships (all it may report).
    private static MemoryStream EveryUnitEveryIndicator(int value)
    {
        var catalog = CatalogLoader.Default;
        var fgw = catalog.OrgUnitByCode("fgw")!;
        var stream = new MemoryStream();
        using (var writer = new XlsxWriter(stream))
        {
            var sheet = writer.AddSheet("汇总").Row("单位", "指标", "日期", "数值");
            for (var day = new DateTime(2022, 11, 7); day <= new DateTime(2022, 11, 13); day = day.AddDays(1))
            {
                foreach (var unit in catalog.OrgUnits.Where(u => u.Kind == OrgUnitKind.Township).Prepend(fgw))
                {
                    foreach (var indicator in catalog.Indicators.Where(i => Intake.Core.Validation.ReportingScope.Allows(fgw, unit, i)))
                    {
                        sheet.Row(unit.NameZh, indicator.NameZh, day, value);
                    }
                }
            }
        }

        return stream;
    }
}
