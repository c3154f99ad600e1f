using Intake.Core.Messages;
using Intake.Core.Periods;

namespace Intake.Core.Tests.Messages;

public sealed class MessageCatalogNamesTests
{
    [Fact]
    public void AWeekIsNamedWithItsDaysInBothLanguages()
    {
        var name = MessageCatalog.WeekName(Period.Week(2022, 13));

        Assert.Equal("2022年第13周（3月28日—4月3日）", name.Zh);
        Assert.Equal("week 13 of 2022 (28 Mar–3 Apr)", name.En);
    }

    [Fact]
    public void AQuarterIsNamedAndLedInBothLanguages()
    {
        var quarter = Period.Quarter(2022, 1);

        Assert.Equal(new LocalizedText("2022年一季度", "the first quarter of 2022"), MessageCatalog.PeriodName(quarter));
        Assert.Equal(new LocalizedText("一季度", "In the first quarter"), MessageCatalog.PeriodLead(quarter));
        Assert.Equal("1月1日—3月31日", MessageCatalog.PeriodDays(quarter).Zh);
    }

    [Fact]
    public void ADayIsNamedAsADateCellQuotesIt()
    {
        Assert.Equal(new LocalizedText("2022年4月1日", "1 April 2022"), MessageCatalog.DayName(new DateOnly(2022, 4, 1)));
        Assert.Equal("2022年4月1日", new Core.Reading.CellValue(new DateTime(2022, 4, 1)).Text);
    }

    [Fact]
    public void TheExportWorkbookTitleNamesThePeriod()
    {
        Assert.Equal("上街区2022年3月工作汇总", MessageCatalog.WorkbookTitle(Period.Month(2022, 3)).Zh);
        Assert.Equal("Shangjie District, summary of work: March 2022", MessageCatalog.WorkbookTitle(Period.Month(2022, 3)).En);
    }
}
