using Intake.Core.Periods;

namespace Intake.Core.Tests.Periods;

public sealed partial class PeriodTextTests
{
    [Theory]
    [InlineData("2022年4月1日")]
    [InlineData("2022年04月01日")]
    [InlineData("2022年4月1号")]
    [InlineData("2022年4月1")]
    [InlineData("2022 年 4 月 1 日")]
    [InlineData("2022年四月一日")]
    [InlineData("2022-04-01")]
    [InlineData("2022-4-1")]
    [InlineData("2022/4/1")]
    [InlineData("2022/04/01")]
    [InlineData("2022.4.1")]
    [InlineData(" 2022-04-01 ")]
    [InlineData("２０２２年４月１日")]
    [InlineData("２０２２－０４－０１")]
    [InlineData("2022/4/1 0:00:00")]
    [InlineData("2022-04-01 09:30")]
    [InlineData("2022年4月1日 23:59:59")]
    public void ADateWrittenAsTextParsesToThatDay(string text)
    {
        Assert.True(PeriodText.TryParseDate(text, out var date));
        Assert.Equal(new DateOnly(2022, 4, 1), date);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("2022-02-30")]
    [InlineData("2022-04")]
    [InlineData("2022年4月")]
    [InlineData("2022年第13周")]
    [InlineData("4月1日")]
    [InlineData("填报日期：2022年4月1日")]
    [InlineData("2022-04-01至2022-04-07")]
    [InlineData("2022-04-01x")]
    [InlineData("2022-4/1")]
    [InlineData("20220401")]
    [InlineData("12022-04-01")]
    [InlineData("1800-01-01")]
    [InlineData("2022-04-01 24:00")]
    [InlineData("2022-04-01 9:60")]
    [InlineData("2022-04-01 9:30:")]
    [InlineData("44652")]
    public void TextThatIsNotExactlyOneDateParsesToNoDate(string? text)
    {
        Assert.False(PeriodText.TryParseDate(text, out var date));
        Assert.Equal(default, date);
    }
}
