using Intake.Core.Quantities;

namespace Intake.Core.Tests.Quantities;

public sealed class ChineseNumeralTests
{
    [Theory]
    [InlineData("零", 0L)]
    [InlineData("〇", 0L)]
    [InlineData("一", 1L)]
    [InlineData("两", 2L)]
    [InlineData("俩", 2L)]
    [InlineData("九", 9L)]
    [InlineData("十", 10L)]
    [InlineData("十二", 12L)]
    [InlineData("二十", 20L)]
    [InlineData("五十六", 56L)]
    [InlineData("一百", 100L)]
    [InlineData("一百零五", 105L)]
    [InlineData("一百一十", 110L)]
    [InlineData("一百二十", 120L)]
    [InlineData("两百", 200L)]
    [InlineData("三千", 3_000L)]
    [InlineData("一千零五", 1_005L)]
    [InlineData("一千零十", 1_010L)]
    [InlineData("一千零一十", 1_010L)]
    [InlineData("一千零五十", 1_050L)]
    [InlineData("九千九百九十九", 9_999L)]
    [InlineData("两万", 20_000L)]
    [InlineData("十万", 100_000L)]
    [InlineData("二十万", 200_000L)]
    [InlineData("十万零五", 100_005L)]
    [InlineData("一万零五", 10_005L)]
    [InlineData("一万零五百", 10_500L)]
    [InlineData("两万五千", 25_000L)]
    [InlineData("三百五十万", 3_500_000L)]
    [InlineData("两亿", 200_000_000L)]
    [InlineData("一亿二千万", 120_000_000L)]
    [InlineData("一亿零五百万", 105_000_000L)]
    [InlineData("一亿零五", 100_000_005L)]
    [InlineData("一万亿", 1_000_000_000_000L)]
    public void StandardNumeralsReadAsTheirValue(string text, long expected)
    {
        Assert.True(ChineseNumeral.TryParse(text, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("一万五", 15_000L)]
    [InlineData("两千五", 2_500L)]
    [InlineData("三百五", 350L)]
    [InlineData("一亿五", 150_000_000L)]
    [InlineData("两万三千五", 23_500L)]
    public void SpokenShorteningsMeanOnePlaceBelowTheLastUnit(string text, long expected)
    {
        Assert.True(ChineseNumeral.TryParse(text, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("一二")]
    [InlineData("十二三")]
    [InlineData("零五")]
    [InlineData("零零")]
    [InlineData("一百零")]
    [InlineData("一千零零五")]
    [InlineData("一十零五")]
    [InlineData("一万零五千")]
    [InlineData("百")]
    [InlineData("千")]
    [InlineData("一百十")]
    [InlineData("十百")]
    [InlineData("一百一百")]
    [InlineData("万")]
    [InlineData("亿")]
    [InlineData("一万万")]
    [InlineData("一亿一亿")]
    [InlineData("一百零万")]
    [InlineData("十几")]
    [InlineData("几十")]
    [InlineData("壹")]
    [InlineData("12")]
    public void MalformedNumeralsAreRejected(string text)
    {
        Assert.False(ChineseNumeral.TryParse(text, out _));
    }
}
