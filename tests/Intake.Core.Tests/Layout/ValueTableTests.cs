using Intake.Core.Catalog;
using Intake.Core.Layout;
using Intake.Core.Metadata;
using Intake.Core.Periods;
using Intake.Core.Quantities;
using Intake.Core.Reading;
using Intake.Core.Reports;

namespace Intake.Core.Tests.Layout;

/// <summary>The packed store of a report's values gives back what was put in, across its chunks.</summary>
public sealed class ValueTableTests
{
    [Fact]
    public void EveryValueReadsBackAsAddedAcrossChunks()
    {
        var table = new ValueTable();
        var added = Enumerable.Range(0, 5_000).Select(Value).ToList();
        added.ForEach(table.Add);

        Assert.Equal(added.Count, table.Count);
        Assert.Equal(added, table.ToList());
        Assert.Equal(added[4_321], table[4_321]);
    }

    [Fact]
    public void RawTextIsQuotedAsTheCellWasWritten()
    {
        var table = new ValueTable();
        table.Add(Value(0) with { Raw = CellText.Of("2000余") });
        table.Add(Value(1) with { Raw = CellText.Number(0.05, percent: true) });
        table.Add(Value(2) with { Raw = CellText.Number(1250.75, percent: false), Cell = new CellRef(null, 4, 27) });

        Assert.Equal(["2000余", "5%", "1250.75"], table.Select(v => v.Raw.ToString()));
        Assert.Equal("AB5", table[2].Cell.ToString());
        Assert.Equal("周报!C2", table[1].Cell.ToString());
    }

    [Fact]
    public void AFactTakesTheReportsReporterAndPeriodWhereTheRowSaysNeither()
    {
        var value = Value(3) with { OrgUnit = null, Period = null };

        var fact = value.ToFact(new("cgj"), Period.Parse("2022-W13"));

        Assert.Equal(("cgj", "cgj", "2022-W13", "周报!C4", "3"), (fact.Reporter, fact.OrgUnit, fact.Period?.Code, fact.Cell, fact.Raw));
    }

    [Fact]
    public void AValueRepeatedAcrossSheetsOfAWorkbookIsOneFactAndADifferentOneIsADuplicate()
    {
        var parser = new ReportParser(CatalogLoader.Default, new ReadLimits());
        using var same = TwoSheets("12", "12");
        using var different = TwoSheets("12", "15");

        var once = parser.Parse(same, new ReportHints("峡窝镇2022年第13周周报.xlsx"));
        var twice = parser.Parse(different, new ReportHints("峡窝镇2022年第13周周报.xlsx"));

        Assert.Equal(12d, Assert.Single(once.Facts).Value);
        Assert.Equal(("duplicate-value", "第二页!B2"), (Assert.Single(twice.Issues).Code, twice.Issues[0].Cell));
    }

    private static MemoryStream TwoSheets(string first, string second) => Support.Workbook.Xlsx(w =>
    {
        foreach (var (name, value) in new[] { ("第一页", first), ("第二页", second) })
        {
            var sheet = w.AddSheet(name);
            sheet.Row("指标", "本周");
            sheet.Row("排查管道（米）", value);
        }
    });

    private static RawFact Value(int i) => new(
        i % 3 == 0 ? null : new OrgUnitCode($"unit{i % 7}"),
        new($"indicator{i % 11}"),
        i % 5 == 0 ? null : $"2022-03-{1 + (i % 28):00}",
        i % 2 == 0 ? Measure.Period : Measure.Cumulative,
        i * 1.5,
        (Qualifier)(i % 4),
        "盏",
        i % 4 == 0 ? CellText.Of($"{i}余") : CellText.Number(i, percent: false),
        new CellRef(i % 6 == 0 ? null : "周报", i, 2),
        (TotalKind)(i % 3),
        i % 9);
}
