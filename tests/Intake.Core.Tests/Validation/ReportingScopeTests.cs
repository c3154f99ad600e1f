using Intake.Core.Catalog;
using Intake.Core.Metadata;
using Intake.Core.Reading;
using Intake.Core.Reports;
using Intake.Core.Tests.Support;
using Intake.Core.Validation;

namespace Intake.Core.Tests.Validation;

public sealed class ReportingScopeTests
{
    private static readonly ReportParser Parser = new(CatalogLoader.Default, new ReadLimits());

    [Fact]
    public void ATownshipsTidyRowsForADepartmentAndForTheDistrictAreRejectedAtTheirCells()
    {
        using var file = Workbook.Csv(
            "orgUnit,dataElement,period,value\n" +
            "xiawo,new_urban_jobs,2022-W13,15\n" +
            "rsj,new_urban_jobs,2022-W13,77777\n" +
            "shangjie,new_urban_jobs,2022-W13,77777\n" +
            "kuangshan,new_urban_jobs,2022-W13,3\n");

        var result = Parser.Parse(file, new ReportHints("峡窝镇2022年第13周.csv", Reporter: "xiawo"));

        Assert.Equal(ReportStatus.Rejected, result.Status);
        Assert.Empty(result.Facts);
        var refused = result.Issues.Where(i => i.Code == IssueCodes.OrgUnitNotAllowed).ToList();
        Assert.Equal(["D3", "D4", "D5"], refused.Select(i => i.Cell));
        Assert.All(refused, i => Assert.Equal(Severity.Error, i.Severity));
        Assert.Contains("峡窝镇只能填报本单位的数据，不能填报区人社局", refused[0].MessageZh, StringComparison.Ordinal);
        Assert.Contains("上街区", refused[1].MessageZh, StringComparison.Ordinal);
        Assert.Contains("矿山街道", refused[2].MessageZh, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Issues, i => i.Cell == "D2");
    }

    [Fact]
    public void ADepartmentsRowsForTownshipsStandForItsOwnIndicators()
    {
        using var file = Workbook.Csv(
            "orgUnit,dataElement,period,value\n" +
            "xiawo,new_urban_jobs,2022-W13,15\n" +
            "kuangshan,new_urban_jobs,2022-W13,9\n" +
            "rsj,new_urban_jobs,2022-W13,74\n");

        var result = Parser.Parse(file, new ReportHints("人社局2022年第13周.csv", Reporter: "rsj"));

        Assert.Equal(ReportStatus.Accepted, result.Status);
        Assert.Equal(["xiawo", "kuangshan", "rsj"], result.Facts.Select(f => f.OrgUnit.Value));
    }

    [Fact]
    public void ADepartmentsRowsForTownshipsAreRejectedForAnotherDepartmentsIndicator()
    {
        // enterprise_visits: reporters townships|fgw. 区人社局 may not give the townships' rows of it; 区发改委 may.
        const string rows = "orgUnit,dataElement,period,value\nxiawo,enterprise_visits,2022-W13,12\nxiawo,new_urban_jobs,2022-W13,15\n";
        using var byRsj = Workbook.Csv(rows);
        using var byFgw = Workbook.Csv(rows.Replace("xiawo,new_urban_jobs,2022-W13,15\n", string.Empty, StringComparison.Ordinal));

        var rsj = Parser.Parse(byRsj, new ReportHints("人社局2022年第13周.csv", Reporter: "rsj"));
        var fgw = Parser.Parse(byFgw, new ReportHints("发改委2022年第13周.csv", Reporter: "fgw"));

        var refused = Assert.Single(rsj.Issues);
        Assert.Equal((IssueCodes.OrgUnitNotAllowed, "D2", "enterprise_visits"), (refused.Code, refused.Cell, refused.Indicator));
        Assert.Contains("区发改委", refused.MessageZh, StringComparison.Ordinal);
        Assert.Equal(ReportStatus.Accepted, fgw.Status);
        Assert.Equal("xiawo", Assert.Single(fgw.Facts).OrgUnit);
    }

    [Fact]
    public void ADepartmentMayNotReportAnotherDepartmentsRowNorAnIndicatorOfNoTownshipFigures()
    {
        using var file = Workbook.Csv(
            "orgUnit,dataElement,period,value\n" +
            "cgj,streetlights_repaired,2022-W13,20\n" +
            "jyj,schools_inspected,2022-W13,5\n" +
            "xiawo,jobs_target_completion,2022-W13,50\n");

        var result = Parser.Parse(file, new ReportHints("人社局2022年第13周.csv", Reporter: "rsj"));

        Assert.Equal(["D2", "D3", "D4"], result.Issues.Where(i => i.Code == IssueCodes.OrgUnitNotAllowed).Select(i => i.Cell));
    }

    [Theory]
    [InlineData("xiawo", "xiawo", "drone_patrol_sorties", true)]
    [InlineData("rsj", "rsj", "new_urban_jobs", true)]
    [InlineData("rsj", "xiawo", "new_urban_jobs", true)]
    [InlineData("cgj", "kuangshan", "safety_hazards_found", true)]
    [InlineData("fgw", "gongyelu", "enterprise_issues_resolved", true)]
    [InlineData("cgj", "kuangshan", "enterprise_visits", false)]
    [InlineData("cgj", "kuangshan", "streetlights_repaired", false)]
    [InlineData("xiawo", "kuangshan", "enterprise_visits", false)]
    [InlineData("xiawo", "rsj", "new_urban_jobs", false)]
    [InlineData("rsj", "cgj", "new_urban_jobs", false)]
    [InlineData("rsj", "shangjie", "new_urban_jobs", false)]
    [InlineData("xiawo", "shangjie", "enterprise_visits", false)]
    public void AUnitReportsAboutItselfADepartmentAboutTownshipsForItsIndicatorsNobodyAboutTheDistrict(
        string reporter, string orgUnit, string indicator, bool allowed)
    {
        var catalog = CatalogLoader.Default;

        Assert.Equal(allowed, ReportingScope.Allows(catalog.OrgUnitByCode(reporter)!, catalog.OrgUnitByCode(orgUnit)!, catalog.IndicatorByCode(indicator)!));
    }

    [Fact]
    public void EverySampleStaysWithinItsReportersScope()
    {
        foreach (var sample in Directory.GetFiles(RepositoryPaths.Samples))
        {
            using var stream = File.OpenRead(sample);
            var result = Parser.Parse(stream, new ReportHints(Path.GetFileName(sample)));

            Assert.DoesNotContain(result.Issues, i => i.Code == IssueCodes.OrgUnitNotAllowed);
            Assert.NotEmpty(result.Facts);
        }
    }
}
