using Intake.Core.Catalog;
using Intake.IntegrationTests.Support;
using Intake.Storage.Tables;
using Microsoft.Extensions.Logging.Abstractions;

namespace Intake.IntegrationTests.Storage;

[Collection(AzuriteCollection.Name)]
public sealed class CatalogMirrorTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task TheNameTablesMirrorTheCatalogAndAreRewrittenWhenItChanges()
    {
        var catalog = CatalogLoader.Default;
        await new CatalogMirror(azurite.Storage, catalog, NullLogger<CatalogMirror>.Instance).WriteAsync();

        var units = await TableRows.ReadAsync(azurite.Storage.OrgUnits, OrgUnitEntity.CatalogPartition);
        var indicators = await TableRows.ReadAsync(azurite.Storage.Indicators, OrgUnitEntity.CatalogPartition);
        Assert.Equal(catalog.OrgUnits.Select(u => u.Code.Value).Order(), units.Select(u => u.RowKey).Order());
        var xiawo = units.Single(u => u.RowKey == "xiawo");
        Assert.Equal(("xiawo", "峡窝镇", "Xiawo Town", "township", "shangjie", true),
            ((string)xiawo["Code"], (string)xiawo["NameZh"], (string)xiawo["NameEn"], (string)xiawo["Kind"], (string)xiawo["Parent"], (bool)xiawo["ReportsWeekly"]!));
        var visits = indicators.Single(i => i.RowKey == "enterprise_visits");
        Assert.Equal(("走访企业", "次", "integer", "sum", "sum", "sum", "townships|fgw"),
            ((string)visits["NameZh"], (string)visits["Unit"], (string)visits["ValueType"], (string)visits["TimeAggregation"], (string)visits["UnitAggregation"], (string)visits["DistrictValue"], (string)visits["Reporters"]));
        Assert.Equal("owner", indicators.Single(i => i.RowKey == "new_urban_jobs")["DistrictValue"]);
        Assert.Equal(0, await new CatalogMirror(azurite.Storage, catalog, NullLogger<CatalogMirror>.Instance).WriteAsync());

        // A replacement catalog renames an indicator and drops a township.
        var changed = new ReportCatalog(
            catalog.OrgUnits.Where(u => u.Code != "kuangshan").ToList(),
            catalog.Indicators.Select(i => i.Code == "enterprise_visits" ? i with { NameZh = "走访服务企业" } : i).ToList(),
            catalog.Rules);
        var rewritten = await new CatalogMirror(azurite.Storage, changed, NullLogger<CatalogMirror>.Instance).WriteAsync();

        Assert.Equal(2, rewritten);
        Assert.DoesNotContain(await TableRows.ReadAsync(azurite.Storage.OrgUnits, OrgUnitEntity.CatalogPartition), u => u.RowKey == "kuangshan");
        Assert.Equal("走访服务企业", (await TableRows.ReadAsync(azurite.Storage.Indicators, OrgUnitEntity.CatalogPartition)).Single(i => i.RowKey == "enterprise_visits")["NameZh"]);
        await new CatalogMirror(azurite.Storage, catalog, NullLogger<CatalogMirror>.Instance).WriteAsync();
    }
}
