using Intake.Core.Catalog;
using Intake.Core.Metadata;
using Intake.Core.Reports;

namespace Intake.Core.Tests.Metadata;

/// <summary>
/// Every place where a weaker source could win over a stronger one: a filing date over a stated week, a bare year
/// over a week, a file name over a cell, a note under the table over anything, a section line over the title.
/// </summary>
public sealed partial class ReportMetadataResolverTests
{
    private static MetadataLine Cell(string cell, string text, MetadataLineKind kind = MetadataLineKind.Preamble) => new(cell, text, kind);

    [Fact]
    public void AYearlessWeekWithAFilingDateOfTheNextWeekIsTheStatedWeek()
    {
        // Filed on Tuesday 2022-04-05, in week 14: the report says week 13, and only its year comes from the date.
        var metadata = Resolve("城管局周报.xlsx", Cell("周报!A1", "报告期：第13周"), Cell("周报!A9", "填报日期：2022年4月5日", MetadataLineKind.Footer));

        Assert.Equal("2022-W13", metadata.Period?.Code);
        Assert.Empty(metadata.Issues);
    }

    [Fact]
    public void AYearlessWeekFiledEarlyInJanuaryIsOfTheYearBefore()
    {
        var metadata = Resolve("城管局周报.xlsx", Cell("周报!A1", "报告期：第52周"), Cell("周报!A9", "填报日期：2023年1月3日", MetadataLineKind.Footer));

        Assert.Equal("2022-W52", metadata.Period?.Code);
    }

    [Theory]
    [InlineData("城管局2022年周报.xlsx", null)]
    [InlineData("城管局周报.xlsx", "上街区城管局2022年工作周报")]
    [InlineData("城管局周报.xlsx", "二〇二二年城管工作周报")]
    public void AYearlessWeekTakesTheYearTheReportStatesElsewhere(string fileName, string? title)
    {
        var lines = new List<MetadataLine> { Cell("周报!A2", "报告期：第13周") };
        if (title is not null)
        {
            lines.Insert(0, Cell("周报!A1", title, MetadataLineKind.Title));
        }

        var metadata = ReportMetadataResolver.Resolve(CatalogLoader.Default, new ReportHints(fileName), lines);

        Assert.Equal("2022-W13", metadata.Period?.Code);
        Assert.Empty(metadata.Issues);
    }

    [Fact]
    public void AYearlessWeekWithNoYearAnywhereIsMissingAtItsCell()
    {
        var metadata = Resolve("城管局周报.xlsx", Cell("周报!A2", "报告期：第13周"));

        Assert.Null(metadata.Period);
        var issue = Assert.Single(metadata.Issues);
        Assert.Equal((IssueCodes.PeriodMissing, "周报!A2", "第13周"), (issue.Code, issue.Cell, issue.Found));
    }

    [Fact]
    public void AYearlessWeekThatDisagreesWithTheFileNameIsAConflictNamingBoth()
    {
        var metadata = Resolve("城管局2022年第14周周报.xlsx", Cell("周报!A2", "报告期：第13周"));

        Assert.Null(metadata.Period);
        var issue = Assert.Single(metadata.Issues);
        Assert.Equal((IssueCodes.PeriodConflict, "周报!A2"), (issue.Code, issue.Cell));
        Assert.Contains("2022-W13", issue.MessageZh, StringComparison.Ordinal);
        Assert.Contains("2022-W14", issue.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void AFilingDateNeverOverridesAStatedPeriod()
    {
        var metadata = Resolve("城管局周报.xlsx", Cell("周报!A1", "报告期：2022年第13周"), Cell("周报!A9", "填报日期：2022年4月20日", MetadataLineKind.Footer));

        Assert.Equal("2022-W13", metadata.Period?.Code);
        Assert.Empty(metadata.Issues);
    }

    [Fact]
    public void ABareYearBesideAWeekOfThatYearIsTheReportsYearNotItsPeriod()
    {
        var metadata = Resolve("城管局2022年工作周报.xlsx", Cell("周报!A1", "报告期：2022年3月28日-4月3日"));

        Assert.Equal("2022-W13", metadata.Period?.Code);
        Assert.Empty(metadata.Issues);
    }

    [Fact]
    public void ABareYearOfAnotherYearThanTheWeekIsAConflict()
    {
        var metadata = Resolve("城管局2021年工作周报.xlsx", Cell("周报!A1", "报告期：2022年第13周"));

        Assert.Equal(IssueCodes.PeriodConflict, Assert.Single(metadata.Issues).Code);
    }

    [Fact]
    public void AnExplicitYearIsNeverSetAsideForAWeekInTheSheet()
    {
        var metadata = ReportMetadataResolver.Resolve(CatalogLoader.Default, new ReportHints("城管局周报.xlsx", Period: "2022"), [Cell("周报!A1", "报告期：2022年第13周")]);

        Assert.Equal(IssueCodes.PeriodConflict, Assert.Single(metadata.Issues).Code);
    }

    [Fact]
    public void ABareYearAloneIsTheReportsPeriod()
    {
        var metadata = Resolve("城管局2022年工作总结.xlsx");

        Assert.Equal("2022", metadata.Period?.Code);
    }

    [Fact]
    public void TheFileNameAndACellThatDisagreeAreAConflictWhicheverIsStronger()
    {
        var metadata = Resolve("城管局2022年第13周周报.xlsx", Cell("周报!A1", "报告期：2022年第12周"));

        Assert.Null(metadata.Period);
        Assert.Equal(IssueCodes.PeriodConflict, Assert.Single(metadata.Issues).Code);
    }

    [Fact]
    public void TheBlobPathAndTheFileNameThatDisagreeAreAConflict()
    {
        var metadata = ReportMetadataResolver.Resolve(CatalogLoader.Default, new ReportHints("城管局2022年第13周周报.xlsx", BlobPath: "2022-W12/城管局2022年第13周周报.xlsx"), []);

        Assert.Equal(IssueCodes.PeriodConflict, Assert.Single(metadata.Issues).Code);
    }

    [Fact]
    public void ANoteUnderTheTableSaysNothingOfThePeriodButItsFilingDate()
    {
        var metadata = Resolve("城管局2022年第13周周报.xlsx", Cell("周报!A9", "以上数据截至2022年3月31日", MetadataLineKind.Footer));

        Assert.Equal("2022-W13", metadata.Period?.Code);
        Assert.Empty(metadata.Issues);
    }

    [Fact]
    public void ARemarkAboveTheTableSaysNothingOfThePeriod()
    {
        var metadata = Resolve("城管局2022年第13周周报.xlsx", Cell("周报!A2", "备注：累计自2022年1月1日起"));

        Assert.Equal("2022-W13", metadata.Period?.Code);
        Assert.Empty(metadata.Issues);
    }

    [Fact]
    public void ASectionLineNamingATownshipDoesNotNameTheReporter()
    {
        var metadata = Resolve("城管局2022年第13周周报.xlsx", Cell("周报!A1", "区城管局工作周报", MetadataLineKind.Title), Cell("周报!A2", "一、峡窝镇"));

        Assert.Equal("cgj", metadata.Reporter);
        Assert.Empty(metadata.Issues);
    }

    private static ReportMetadata Resolve(string fileName, params MetadataLine[] lines) =>
        ReportMetadataResolver.Resolve(CatalogLoader.Default, new ReportHints(fileName), lines);
}
