using Intake.Core.Periods;

namespace Intake.Core.Tests.Periods;

public sealed partial class PeriodTextTests
{
    [Theory]
    [InlineData("城管局2022年第13周周报.xlsx", "2022-W13")]
    [InlineData("峡窝镇2022年第13周周报.xlsx", "2022-W13")]
    [InlineData("上街区城市管理局（2022年第13周）.xls", "2022-W13")]
    [InlineData("cgj_2022-W13.csv", "2022-W13")]
    [InlineData("cgj2022W13.csv", "2022-W13")]
    [InlineData("2022-W13_cgj.xlsx", "2022-W13")]
    [InlineData("2022-W13/cgj.xlsx", "2022-W13")]
    [InlineData("reports-inbox/2022-W13/城管局.xlsx", "2022-W13")]
    [InlineData("2022-03-28_峡窝镇.xlsx", "2022-03-28")]
    [InlineData("峡窝镇_2022-03-28.xlsx", "2022-03-28")]
    [InlineData("2022-03-28-1.xlsx", "2022-03-28")]
    [InlineData("2022.3.28峡窝镇.xlsx", "2022-03-28")]
    [InlineData("城管局周报（2022.3.28-2022.4.3）.xlsx", "2022-W13")]
    [InlineData("城管局2022年3月月报.xlsx", "2022-03")]
    [InlineData("2022-03/cgj.xlsx", "2022-03")]
    [InlineData("城管局2022年一季度.xlsx", "2022-Q1")]
    [InlineData("2022-Q1/cgj.xlsx", "2022-Q1")]
    public void AFileNameOrBlobPathGivesItsPeriod(string name, string code) =>
        Assert.Equal(code, Code(name));

    [Theory]
    [InlineData("20221234.xlsx")]
    [InlineData("城管局20220328.xlsx")]
    [InlineData("编号120221-03.xlsx")]
    [InlineData("202213周.xlsx")]
    [InlineData("v2.0.3.xlsx")]
    public void AYearInsideALongerDigitRunIsNotRead(string name) =>
        Assert.Empty(PeriodText.FindAll(name));
}
