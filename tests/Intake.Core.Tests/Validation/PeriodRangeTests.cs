using Intake.Core.Catalog;
using Intake.Core.Metadata;
using Intake.Core.Periods;
using Intake.Core.Reading;
using Intake.Core.Reports;
using Intake.Core.Tests.Periods;
using Intake.Core.Tests.Support;
using Intake.Core.Validation;

namespace Intake.Core.Tests.Validation;

public sealed class PeriodRangeTests
{
    private static readonly FixedClock Today = new(new DateTimeOffset(2024, 6, 15, 10, 0, 0, TimeSpan.FromHours(8)));

    private static readonly ReportParser Parser =
        new(CatalogLoader.Default, new ReadLimits(), new Intake.Core.Layout.SheetTableReader(CatalogLoader.Default), new PeriodRange(PeriodRange.DefaultFirstYear, Today));

    [Theory]
    [InlineData("0001-W01")]
    [InlineData("1999-W52")]
    [InlineData("2026-W25")]
    [InlineData("2026")]
    public void AReportForAPeriodOutOfReasonIsRejected(string period)
    {
        using var file = Workbook.Csv("指标,本周\n走访企业,12\n");

        var result = Parser.Parse(file, new ReportHints("峡窝镇周报.csv", Reporter: "xiawo", Period: period));

        Assert.Equal(ReportStatus.Rejected, result.Status);
        var issue = Assert.Single(result.Issues);
        Assert.Equal((IssueCodes.PeriodOutOfRange, null, period), (issue.Code, issue.Cell, issue.Found));
        Assert.Contains(period, issue.MessageZh, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2000-01-03")]
    [InlineData("2022-W13")]
    [InlineData("2025-W24")]
    [InlineData("2025")]
    public void APeriodFromTheFirstYearToAYearAheadIsTaken(string period)
    {
        using var file = Workbook.Csv("指标,本周\n走访企业,12\n");

        var result = Parser.Parse(file, new ReportHints("峡窝镇周报.csv", Reporter: "xiawo", Period: period));

        Assert.Equal(ReportStatus.Accepted, result.Status);
    }

    [Fact]
    public void ATidyRowOfAPeriodOutOfRangeIsRejectedAtItsCell()
    {
        using var file = Workbook.Csv("orgUnit,dataElement,period,value\nxiawo,new_urban_jobs,2022-W13,15\nxiawo,new_urban_jobs,0001-W01,16\nxiawo,new_urban_jobs,2026-W30,17\n");

        var result = Parser.Parse(file, new ReportHints("人社局历史数据.csv", Reporter: "rsj"));

        Assert.Equal([("D3", "0001-W01"), ("D4", "2026-W30")],
            result.Issues.Where(i => i.Code == IssueCodes.PeriodOutOfRange).Select(i => (i.Cell!, i.Found!)));
    }

    [Fact]
    public void TheFirstYearIsASetting()
    {
        var range = new PeriodRange(2020, Today);

        Assert.NotNull(range.Refusal(Period.Week(2019, 30)));
        Assert.Null(range.Refusal(Period.Week(2020, 30)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new PeriodRange(0, Today));
    }
}
