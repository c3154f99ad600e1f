using Intake.Core.Metadata;
using Intake.Core.Reports;
using Intake.Core.Tests.Support;

namespace Intake.Core.Tests.Layout;

/// <summary>Units where offices put them: a row of units under the header, a column of units beside the names.</summary>
public sealed partial class SheetTableReaderTests
{
    [Fact]
    public void AUnitRowUnderTheHeaderGivesEachColumnItsUnitAndIsNoValues()
    {
        var result = ParseCsv("项目,排查管道,清淤,整修路灯\n单位,公里,万米,盏\n本周,1.5,0.3,20\n累计,20,2,300\n");

        Assert.Equal(ReportStatus.Accepted, result.Status);
        Assert.Equal(6, result.Facts.Count);
        Assert.Contains(result.Facts, f => (f.Indicator, f.Measure, f.Value) == ("pipes_inspected", Measure.Period, 1500d));
        Assert.Contains(result.Facts, f => (f.Indicator, f.Measure, f.Value) == ("sludge_cleared", Measure.Cumulative, 20_000d));
        Assert.DoesNotContain(result.Facts, f => f.Cell.EndsWith('2'));
    }

    [Fact]
    public void AMergedUnitRowUnderATwoRowHeaderCoversTheColumnsItSpans()
    {
        using var file = Workbook.Xlsx(w => w.AddSheet("管道")
            .Row(null, "排查管道", null).Merge("B1:C1")
            .Row(null, "本周", "累计")
            .Row(null, "公里", null).Merge("B3:C3")
            .Row(null, 1.5, 20));

        var result = Parser.Parse(file, new ReportHints("城管局2022年第13周管道排查表.xlsx"));

        Assert.Equal(ReportStatus.Accepted, result.Status);
        Assert.Equal([1500d, 20_000d], result.Facts.Select(f => f.Value).Order());
    }

    [Fact]
    public void AUnitColumnBesideTheNamesGivesEachRowItsUnit()
    {
        var result = ParseCsv("指标,单位,本周,累计\n排查管道,公里,3,20\n整修路灯,盏,160,2000余\n");

        Assert.Equal(ReportStatus.Accepted, result.Status);
        Assert.Contains(result.Facts, f => (f.Indicator, f.Measure, f.Value) == ("pipes_inspected", Measure.Cumulative, 20_000d));
        Assert.Contains(result.Facts, f => (f.Indicator, f.Measure, f.Value) == ("streetlights_repaired", Measure.Period, 160d));
    }

    [Fact]
    public void AnUnnamedColumnOfUnitsIsAUnitColumn()
    {
        var result = ParseCsv("指标,,峡窝镇,矿山街道\n排查安全隐患,处,8,12\n整改安全隐患,处,7,11\n");

        Assert.Equal(ReportStatus.Accepted, result.Status);
        Assert.Contains(result.Facts, f => (f.OrgUnit, f.Indicator, f.Value) == ("kuangshan", "safety_hazards_fixed", 11d));
        Assert.Equal(4, result.Facts.Count);
        Assert.DoesNotContain(result.Issues, i => i.Code == IssueCodes.UnknownColumn);
    }
}
