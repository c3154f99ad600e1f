using Intake.Core.Catalog;
using Intake.Core.Reading;
using Intake.Core.Tests.Support;

namespace Intake.Core.Tests.Catalog;

public sealed class CatalogLoaderTests
{
    public static TheoryData<string> DomainFiles => new() { "org-units.csv", "indicators.csv", "rules.csv" };

    [Theory]
    [MemberData(nameof(DomainFiles))]
    public void DefaultCatalogCarriesEveryCodeOfItsOwnFiles(string file)
    {
        var codes = ReadCodes(Path.Combine(RepositoryPaths.DefaultCatalog, file));
        var catalog = CatalogLoader.Default;
        var known = file switch
        {
            "org-units.csv" => catalog.OrgUnits.Select(u => u.Code.Value),
            "indicators.csv" => catalog.Indicators.Select(i => i.Code.Value),
            _ => catalog.Rules.Select(r => r.Code),
        };

        Assert.NotEmpty(codes);
        Assert.Empty(codes.Except(known));
    }

    [Fact]
    public void ARuleWithATargetNamesItForTheDocuments()
    {
        var rule = CatalogLoader.Default.Rules.Single(r => r.Code == "unemployment_control");

        Assert.Equal("省定{value}的控制目标", rule.TargetZh);
        Assert.Equal(string.Empty, CatalogLoader.Default.Rules.Single(r => r.Code == "fixed_le_found").TargetZh);
    }

    [Fact]
    public void ATargetWithoutItsNumberIsRefused()
    {
        var folder = Directory.CreateTempSubdirectory("catalog-target").FullName;
        foreach (var file in new[] { "org-units.csv", "indicators.csv" })
        {
            File.Copy(Path.Combine(RepositoryPaths.DefaultCatalog, file), Path.Combine(folder, file));
        }

        File.WriteAllText(Path.Combine(folder, "rules.csv"),
            "code,left,operator,right,severity,message_zh,target_zh\nunemployment_control,registered_unemployment_rate,<=,4.5,warning,超过控制目标,省定控制目标\n");

        var error = Assert.Throws<InvalidDataException>(() => CatalogLoader.LoadDirectory(folder));
        Assert.Contains("{value}", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("峡窝镇人民政府", "xiawo")]
    [InlineData("区城市管理局", "cgj")]
    [InlineData("通航试验区", "thsyq")]
    [InlineData("cgj", "cgj")]
    public void OrgUnitsAreFoundByNameAliasOrCode(string name, string code) =>
        Assert.Equal(code, CatalogLoader.Default.FindOrgUnit(name)?.Code);

    [Theory]
    [InlineData("整修路灯", "streetlights_repaired")]
    [InlineData("路灯整修", "streetlights_repaired")]
    [InlineData("“个转企”", "individual_to_enterprise")]
    [InlineData("排查管道（万米）", "pipes_inspected")]
    [InlineData("１、排查管道", "pipes_inspected")]
    [InlineData("（二）清淤", "sludge_cleared")]
    [InlineData("项目专题推进会、现场办公会", "project_meetings")]
    [InlineData("完 成 整 改", "inspection_issues_fixed")]
    public void IndicatorsAreFoundByNormalizedNameOrAlias(string label, string code) =>
        Assert.Equal(code, CatalogLoader.Default.FindIndicator(label)?.Code);

    [Theory]
    [InlineData("项目专题推进会、整修路灯")]
    [InlineData("绿化面积")]
    public void LabelsNamingNoSingleIndicatorFindNone(string label) =>
        Assert.Null(CatalogLoader.Default.FindIndicator(label));

    [Fact]
    public void TheDistrictNamesNoReporter() =>
        Assert.Empty(CatalogLoader.Default.FindReportersIn("上街区2022年第13周工作周报"));

    [Fact]
    public void TheLongestNameWinsWhenFindingReporters() =>
        Assert.Equal(["xiawo"], CatalogLoader.Default.FindReportersIn("峡窝镇人民政府周报").Select(u => u.Code.Value));

    [Fact]
    public void AFolderReplacesTheBuiltInCatalog()
    {
        var folder = Directory.CreateTempSubdirectory("catalog").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "org-units.csv"), "code,name_zh,name_en,kind,parent,aliases,reports_weekly\nshangjie,上街区,Shangjie,district,,,no\nabc,测试局,Test,department,shangjie,测试,yes\nxyz,某镇,Some,township,shangjie,,no\n");
            File.WriteAllText(Path.Combine(folder, "indicators.csv"), "code,name_zh,aliases,unit,value_type,time_aggregation,unit_aggregation,reporters,min,max,district_value\ntrees,植树,种树,棵,integer,sum,sum,xyz|abc,0,,owner\n");
            File.WriteAllText(Path.Combine(folder, "rules.csv"), "code,left,operator,right,severity,message_zh\n");

            var catalog = CatalogLoader.LoadDirectory(folder);

            Assert.Equal("trees", catalog.FindIndicator("种树")?.Code);
            Assert.Null(catalog.FindIndicator("整修路灯"));
            Assert.Equal((DistrictValue.Owner, "abc"), (catalog.IndicatorByCode("trees")!.DistrictValue, catalog.OwnerOf(catalog.IndicatorByCode("trees")!)?.Code));
            Assert.Equal(["abc"], catalog.ExpectedReporters.Select(u => u.Code.Value));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void AJsonFileReplacesTheBuiltInCatalog()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("catalog").FullName, "catalog.json");
        File.WriteAllText(file, """
            {
              "orgUnits": [
                { "code": "shangjie", "name_zh": "上街区", "name_en": "Shangjie", "kind": "district", "aliases": [] },
                { "code": "abc", "name_zh": "测试局", "name_en": "Test", "kind": "department", "parent": "shangjie", "aliases": ["测试"], "reports_weekly": false },
                { "code": "xyz", "name_zh": "某镇", "name_en": "Some", "kind": "township", "parent": "shangjie", "reports_weekly": "yes" }
              ],
              "indicators": [
                { "code": "trees", "name_zh": "植树", "aliases": ["种树", "新植树木"], "unit": "棵", "value_type": "integer",
                  "time_aggregation": "sum", "unit_aggregation": "sum", "reporters": "abc", "min": 0, "district_value": "owner" },
                { "code": "visits", "name_zh": "走访", "unit": "次", "value_type": "integer",
                  "time_aggregation": "sum", "unit_aggregation": "sum", "reporters": ["xyz", "abc"], "district_value": "sum" }
              ],
              "rules": [
                { "code": "few", "left": "trees", "operator": "<=", "right": "1000", "severity": "warning", "message_zh": "植树过多" }
              ]
            }
            """);

        var catalog = CatalogLoader.Load(file);

        Assert.Equal(("trees", 0d), (catalog.FindIndicator("新植树木")?.Code.Value, catalog.FindIndicator("种树")?.Min));
        Assert.Equal("abc", catalog.FindOrgUnit("测试")?.Code);
        Assert.Equal(Intake.Core.Reports.Severity.Warning, Assert.Single(catalog.Rules).Severity);
        Assert.Equal(["xyz"], catalog.ExpectedReporters.Select(u => u.Code.Value));
        Assert.Equal((DistrictValue.Owner, DistrictValue.Sum), (catalog.IndicatorByCode("trees")!.DistrictValue, catalog.IndicatorByCode("visits")!.DistrictValue));
        Assert.Equal("abc", catalog.OwnerOf(catalog.IndicatorByCode("trees")!)?.Code);
        Assert.Null(catalog.OwnerOf(catalog.IndicatorByCode("visits")!));
    }

    [Theory]
    [InlineData("new_urban_jobs", DistrictValue.Owner, "rsj")]
    [InlineData("registered_unemployment_rate", DistrictValue.Owner, "rsj")]
    [InlineData("drone_patrol_sorties", DistrictValue.Owner, "thsyq")]
    [InlineData("enterprise_visits", DistrictValue.Sum, null)]
    [InlineData("safety_hazards_found", DistrictValue.Sum, null)]
    public void TheBuiltInCatalogSaysHowEachDistrictFigureIsFormed(string code, DistrictValue districtValue, string? owner)
    {
        var indicator = CatalogLoader.Default.IndicatorByCode(code)!;

        Assert.Equal((districtValue, owner), (indicator.DistrictValue, CatalogLoader.Default.OwnerOf(indicator)?.Code));
    }

    [Fact]
    public void EveryDepartmentAndTownshipButNotTheDistrictIsExpectedWeekly() =>
        Assert.Equal(
            ["fgw", "thsyq", "jyj", "cgj", "rsj", "xiawo", "jiyuanlu", "zhongxinlu", "xinanlu", "gongyelu", "kuangshan"],
            CatalogLoader.Default.ExpectedReporters.Select(u => u.Code.Value));

    [Fact]
    public void AnOwnerIndicatorWithoutADepartmentAmongItsReportersIsAClearError()
    {
        var folder = Directory.CreateTempSubdirectory("catalog").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "org-units.csv"), "code,name_zh,name_en,kind,parent,aliases,reports_weekly\nshangjie,上街区,Shangjie,district,,,no\nxyz,某镇,Some,township,shangjie,,yes\n");
            File.WriteAllText(Path.Combine(folder, "indicators.csv"), "code,name_zh,aliases,unit,value_type,time_aggregation,unit_aggregation,reporters,min,max,district_value\ntrees,植树,,棵,integer,sum,sum,xyz,0,,owner\n");
            File.WriteAllText(Path.Combine(folder, "rules.csv"), "code,left,operator,right,severity,message_zh\n");

            var error = Assert.Throws<InvalidDataException>(() => CatalogLoader.LoadDirectory(folder));
            Assert.Contains("trees", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("org-units.csv", "code,name_zh,name_en,kind,parent,aliases,reports_weekly\nshangjie,上街区,Shangjie,district,,,no\nxia wo,某镇,Some,township,shangjie,,yes\n", "xia wo")]
    [InlineData("org-units.csv", "code,name_zh,name_en,kind,parent,aliases,reports_weekly\nshangjie,上街区,Shangjie,district,,,no\nxyz,某镇,Some,township,shang|jie,,yes\n", "shang|jie")]
    [InlineData("indicators.csv", "code,name_zh,aliases,unit,value_type,time_aggregation,unit_aggregation,reporters,min,max,district_value\nnew trees,植树,,棵,integer,sum,sum,xyz,0,,sum\n", "new trees")]
    public void ACodeThatCannotBeOneIsTheCatalogFilesError(string file, string content, string code)
    {
        var folder = Directory.CreateTempSubdirectory("catalog-code").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "org-units.csv"), "code,name_zh,name_en,kind,parent,aliases,reports_weekly\nshangjie,上街区,Shangjie,district,,,no\nxyz,某镇,Some,township,shangjie,,yes\n");
            File.WriteAllText(Path.Combine(folder, "indicators.csv"), "code,name_zh,aliases,unit,value_type,time_aggregation,unit_aggregation,reporters,min,max,district_value\ntrees,植树,,棵,integer,sum,sum,xyz,0,,sum\n");
            File.WriteAllText(Path.Combine(folder, "rules.csv"), "code,left,operator,right,severity,message_zh\n");
            File.WriteAllText(Path.Combine(folder, file), content);

            var error = Assert.Throws<InvalidDataException>(() => CatalogLoader.LoadDirectory(folder));
            Assert.Contains(file, error.Message, StringComparison.Ordinal);
            Assert.Contains($"'{code}'", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void AMissingCatalogPathIsAClearError() =>
        Assert.Throws<FileNotFoundException>(() => CatalogLoader.Load("/no/such/catalog"));

    private static List<string> ReadCodes(string path)
    {
        using var reader = File.OpenText(path);
        var records = new CsvRecordReader(reader);
        var fields = new List<string>();
        var codes = new List<string>();
        records.TryRead(fields);
        while (records.TryRead(fields))
        {
            if (fields[0].Length > 0)
            {
                codes.Add(fields[0]);
            }
        }

        return codes;
    }
}
