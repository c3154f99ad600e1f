using Intake.Bench.Workbooks;
using Intake.Core.Catalog;
using Intake.Core.Metadata;
using Intake.Core.Reading;
using Intake.Core.Reports;

namespace Intake.Adapters.Tests.Bench;

/// <summary>Large bulk history files are legitimate: the zip-bomb defence must let them through.</summary>
public sealed class TidyWorkbookTests
{
    [Fact]
    public void ATwoHundredThousandRowTidyWorkbookIsReadWithTheDefaultLimits()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory().FullName, "区发改委各镇街历史数据.xlsx");
        using (var output = File.Create(path))
        {
            TidyWorkbook.Write(output, 200_000);
        }

        using (var zip = System.IO.Compression.ZipFile.OpenRead(path))
        {
            // Larger than the 64 MiB a single part was once allowed: the case this test stands for.
            Assert.InRange(zip.GetEntry("xl/worksheets/sheet1.xml")!.Length, 64L * 1024 * 1024, long.MaxValue);
        }

        using var file = File.OpenRead(path);
        // The parse's own time limit (a default of ReadLimits) applies: running over it would be an unreadable-file issue.
        var result = new ReportParser(CatalogLoader.Default, new ReadLimits()).Parse(file, new ReportHints(Path.GetFileName(path)));
        File.Delete(path);

        Assert.Empty(result.Issues);
        Assert.Equal(200_000, result.Facts.Count);
        Assert.Equal(ReportStatus.Accepted, result.Status);
        Assert.Contains(result.Facts, f => (f.OrgUnit, f.Indicator, f.Period?.Code) == ("xiawo", "enterprise_visits", "2000-01-01"));
    }
}
