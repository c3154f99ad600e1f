using Intake.Core.Catalog;
using Intake.Core.Layout;
using Intake.Core.Tests.Support;

namespace Intake.Core.Tests.Layout;

/// <summary>Where a table starts, which rows head it, and what each column is, told by words first and by cells after.</summary>
public sealed class TableFinderTests
{
    private static readonly LabelReader Labels = new(CatalogLoader.Default);

    [Fact]
    public void ALongTableHasAnIndicatorColumnAndMeasuresAcrossTheTop()
    {
        var header = Find(["指标", "本周", "累计"], ["整修路灯", 160, "2000余"]);

        Assert.Equal([ColumnRole.IndicatorLabel, ColumnRole.Value, ColumnRole.Value], header!.Columns.Select(c => c.Role));
        Assert.True(header.Columns[2].MeasureStated);
        Assert.Equal(Core.Reports.Measure.Cumulative, header.Columns[2].Measure);
    }

    [Fact]
    public void ATransposedTableHasOrgUnitsAcrossTheTopAndATotalColumn()
    {
        var header = Find(["", "峡窝镇", "矿山街道", "合计"], ["排查安全隐患", 8, 12, 20]);

        Assert.Equal(ColumnRole.IndicatorLabel, header!.Columns[0].Role);
        Assert.Equal(["xiawo", "kuangshan", null], header.ValueColumns.Select(c => c.OrgUnit?.Value));
        Assert.Equal(TotalKind.Grand, header.Columns[3].Total);
        Assert.True(header.OrgUnitsInColumns);
    }

    [Fact]
    public void TwoHeaderRowsCombineWhenTheUpperNamesWhatTheLowerDoesNot()
    {
        var header = Find(["乡镇（街道）", "城镇新增就业", null, "走访企业", null], [null, "本周", "累计", "本周", "累计"], ["峡窝镇", 15, 160, 12, 131]);

        Assert.Equal(2, header!.RowCount);
        Assert.Equal(["new_urban_jobs", "new_urban_jobs", "enterprise_visits", "enterprise_visits"], header.ValueColumns.Select(c => c.Indicator!.Code.Value));
        Assert.Equal(ColumnRole.OrgUnitLabel, header.Columns[0].Role);
    }

    [Fact]
    public void AUnitRowUnderTheHeaderBelongsToTheHeader()
    {
        var header = Find(["乡镇（街道）", "排查管道", "整修路灯"], ["单位", "公里", "盏"], ["峡窝镇", 1.5, 20]);

        Assert.Equal(2, header!.RowCount);
        Assert.Equal(["公里", "盏"], header.ValueColumns.Select(c => c.HeaderUnit));
    }

    [Fact]
    public void ALineOfMetadataPairsOverAHeaderIsNoHeader()
    {
        Assert.Null(Find(["填报单位", "峡窝镇", "报告期", "2022年3月28日至4月3日"], ["指标", "本周", "累计"], ["走访企业", 12, 131]));
    }

    [Fact]
    public void ATitleMergedAcrossTheTableIsNoHeader()
    {
        Assert.Null(Find(["城管局第13周工作完成情况", "城管局第13周工作完成情况"], ["指标", "本周"], ["整修路灯", 160]));
    }

    [Fact]
    public void ADataRowIsNoHeader()
    {
        Assert.Null(Find(["整修路灯", 160, "2000余"]));
    }

    [Fact]
    public void ADataRowWithATextValueIsNoHeaderOverTheRowsUnderIt()
    {
        // 走访企业 | 详见附件 reads like an indicator over a column, but the cells under 走访企业 name indicators too.
        Assert.Null(Find(["走访企业", "详见附件"], ["收集企业问题", 5], ["解决企业问题", 4]));
    }

    [Fact]
    public void AnUnnamedLeadingColumnCountingOneTwoThreeIsASerial()
    {
        var header = Find(["", "指标", "本周"], [1, "整修路灯", 160], [2, "排查管道", 3000]);

        Assert.Equal([ColumnRole.Ignored, ColumnRole.IndicatorLabel, ColumnRole.Value], header!.Columns.Select(c => c.Role));
    }

    [Fact]
    public void SubtotalColumnsNumberTheirGroupsFromTheLeft()
    {
        var header = Find(["指标", "峡窝镇", "镇小计", "矿山街道", "工业路街道", "街道小计", "合计"], ["排查安全隐患", 8, 8, 12, 5, 17, 25]);

        Assert.Equal([0, 0, 1, 1, 1, 2], header!.ValueColumns.Select(c => c.Group));
    }

    [Fact]
    public void TwoColumnsClaimingTheIndicatorRoleEquallyAreAnAmbiguityNamingBoth()
    {
        var header = Find(["事项", "内容", "本周"], ["整修路灯", "排查管道", 160], ["清淤", "排查路灯线路", 20]);

        Assert.NotNull(header!.Ambiguity);
        Assert.Equal("A1", header.Ambiguity.Cell);
    }

    [Fact]
    public void TablesSideBySidePartedByAnEmptyColumnAreFoundEach()
    {
        var headers = FindAll(["指标", "本周", "累计", null, "乡镇（街道）", "排查安全隐患"], ["整修路灯", 160, 2000, null, "峡窝镇", 8], ["排查管道", 3000, 20000, null, "矿山街道", 12]);

        Assert.Equal(2, headers.Count);
        Assert.Equal([0, 1, 2], headers[0].Columns.Select(c => c.Index));
        Assert.Equal([ColumnRole.OrgUnitLabel, ColumnRole.Value], headers[1].Columns.Select(c => c.Role));
    }

    private static TableHeader? Find(params object?[][] rows) => Assert.Single(FindAll(rows) is { Count: > 0 } found ? found : [null!]);

    private static IReadOnlyList<TableHeader> FindAll(params object?[][] rows)
    {
        using var lookahead = new RowLookahead(Rows.Numbered(rows), TableFinder.Lookahead);
        return new TableFinder(Labels, null).Find(lookahead);
    }
}
