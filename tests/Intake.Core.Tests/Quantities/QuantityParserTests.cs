using Intake.Core.Quantities;

namespace Intake.Core.Tests.Quantities;

public sealed partial class QuantityParserTests
{
    [Theory]
    [InlineData("0", 0d)]
    [InlineData("12", 12d)]
    [InlineData("  12  ", 12d)]
    [InlineData("\t12\n", 12d)]
    [InlineData("8.1", 8.1)]
    [InlineData("1250", 1250d)]
    [InlineData("-3.5", -3.5)]
    [InlineData("−3.5", -3.5)]
    [InlineData("－3.5", -3.5)]
    [InlineData("-0", 0d)]
    public void PlainNumbersAreExactValuesWithoutUnit(string text, double expected)
    {
        AssertValue(text, expected, Qualifier.Exact, null);
    }

    [Fact]
    public void MinusZeroIsPlainZero()
    {
        Assert.False(double.IsNegative(QuantityParser.Parse("-0.0").Value));
    }

    [Theory]
    [InlineData("1,250", 1250d)]
    [InlineData("1，250", 1250d)]
    [InlineData("12,345,678", 12_345_678d)]
    [InlineData("1,250.5", 1250.5)]
    [InlineData("1,250米", 1250d)]
    public void ThousandsSeparatorsAreDroppedBetweenGroupsOfThree(string text, double expected)
    {
        Assert.Equal(expected, QuantityParser.Parse(text).Value);
    }

    [Theory]
    [InlineData("１２", 12d, null)]
    [InlineData("１，２５０", 1250d, null)]
    [InlineData("８．１％", 8.1, "%")]
    [InlineData("　１２　", 12d, null)]
    [InlineData("１２ｋｍ", 12d, "公里")]
    [InlineData("５㎞", 5d, "公里")]
    public void FullWidthCharactersReadAsTheirAsciiForms(string text, double expected, string? unit)
    {
        AssertValue(text, expected, Qualifier.Exact, unit);
    }

    [Theory]
    [InlineData("8.1%", 8.1)]
    [InlineData("137.8%", 137.8)]
    [InlineData("8.1 %", 8.1)]
    [InlineData("5 %", 5d)]
    [InlineData("0%", 0d)]
    [InlineData("-2.3%", -2.3)]
    [InlineData("100%", 100d)]
    public void PercentKeepsPercentPointsAndThePercentUnit(string text, double expected)
    {
        AssertValue(text, expected, Qualifier.Exact, "%");
    }

    [Theory]
    [InlineData("十二", 12d)]
    [InlineData("五十六", 56d)]
    [InlineData("一百二十", 120d)]
    [InlineData("两万", 20_000d)]
    [InlineData("三千", 3_000d)]
    [InlineData("一千零五", 1_005d)]
    [InlineData("十", 10d)]
    [InlineData("二十万", 200_000d)]
    [InlineData("零", 0d)]
    [InlineData("〇", 0d)]
    [InlineData("俩", 2d)]
    [InlineData("一万五", 15_000d)]
    public void ChineseNumeralsReadAsTheirValue(string text, double expected)
    {
        AssertValue(text, expected, Qualifier.Exact, null);
    }

    [Theory]
    [InlineData("1.2万", 12_000d)]
    [InlineData("3万", 30_000d)]
    [InlineData("2.5亿", 250_000_000d)]
    [InlineData("0.3万", 3_000d)]
    [InlineData("1.1万", 11_000d)]
    [InlineData("12.34万", 123_400d)]
    [InlineData("4.56亿", 456_000_000d)]
    [InlineData("2千", 2_000d)]
    [InlineData("1.5千", 1_500d)]
    [InlineData("5百", 500d)]
    [InlineData("12百", 1_200d)]
    [InlineData("0.3千", 300d)]
    [InlineData("1,200千", 1_200_000d)]
    [InlineData("3千万", 30_000_000d)]
    [InlineData("2百万", 2_000_000d)]
    [InlineData("1.1千万", 11_000_000d)]
    public void MultipliersAfterDigitsMultiplyWithoutDrift(string text, double expected)
    {
        AssertValue(text, expected, Qualifier.Exact, null);
    }

    [Theory]
    [InlineData("1.2万米", 1.2, "万米")]
    [InlineData("3万元", 3d, "万元")]
    [InlineData("2.5亿元", 2.5, "亿元")]
    [InlineData("两万米", 2d, "万米")]
    [InlineData("十万人", 10d, "万人")]
    [InlineData("1.2万亿元", 12_000d, "亿元")]
    [InlineData("3千万元", 3_000d, "万元")]
    [InlineData("2百万人", 200d, "万人")]
    [InlineData("5千万米", 5_000d, "万米")]
    [InlineData("3千亿元", 3_000d, "亿元")]
    public void WanMiWanYuanAndYiYuanAreUnitsNotMultipliers(string text, double expected, string unit)
    {
        AssertValue(text, expected, Qualifier.Exact, unit);
    }

    [Theory]
    [InlineData("12米", 12d, "米")]
    [InlineData("12 米", 12d, "米")]
    [InlineData("3公里", 3d, "公里")]
    [InlineData("3km", 3d, "公里")]
    [InlineData("3KM", 3d, "公里")]
    [InlineData("3千米", 3d, "千米")]
    [InlineData("1.5千米", 1.5, "千米")]
    [InlineData("5百米", 500d, "米")]
    [InlineData("2千公里", 2_000d, "公里")]
    [InlineData("3百个", 300d, "个")]
    [InlineData("两千米", 2d, "千米")]
    [InlineData("一千五百米", 1_500d, "米")]
    [InlineData("500元", 500d, "元")]
    [InlineData("12次", 12d, "次")]
    [InlineData("12架次", 12d, "架次")]
    [InlineData("30盏", 30d, "盏")]
    [InlineData("5个", 5d, "个")]
    [InlineData("5家", 5d, "家")]
    [InlineData("5人", 5d, "人")]
    [InlineData("5名", 5d, "名")]
    [InlineData("5座", 5d, "座")]
    [InlineData("5期", 5d, "期")]
    [InlineData("5处", 5d, "处")]
    [InlineData("5所", 5d, "所")]
    [InlineData("5项", 5d, "项")]
    [InlineData("5件", 5d, "件")]
    [InlineData("5户", 5d, "户")]
    [InlineData("5条", 5d, "条")]
    [InlineData("三万人", 3d, "万人")]
    [InlineData("两个", 2d, "个")]
    [InlineData("二十三家", 23d, "家")]
    [InlineData("1,250 万元", 1250d, "万元")]
    public void UnitWordsAreReturnedInCanonicalSpelling(string text, double expected, string unit)
    {
        AssertValue(text, expected, Qualifier.Exact, unit);
    }

    [Theory]
    [InlineData("2000余盏", 2000d, Qualifier.AtLeast, "盏")]
    [InlineData("70余座", 70d, Qualifier.AtLeast, "座")]
    [InlineData("200余次", 200d, Qualifier.AtLeast, "次")]
    [InlineData("两万多米", 20_000d, Qualifier.AtLeast, "米")]
    [InlineData("1.2万余米", 12_000d, Qualifier.AtLeast, "米")]
    [InlineData("100多", 100d, Qualifier.AtLeast, null)]
    [InlineData("一百多", 100d, Qualifier.AtLeast, null)]
    [InlineData("3万余", 30_000d, Qualifier.AtLeast, null)]
    [InlineData("12次以上", 12d, Qualifier.AtLeast, "次")]
    [InlineData("100以上", 100d, Qualifier.AtLeast, null)]
    [InlineData("超过3万", 30_000d, Qualifier.AtLeast, null)]
    [InlineData("逾500人", 500d, Qualifier.AtLeast, "人")]
    [InlineData("大于5%", 5d, Qualifier.AtLeast, "%")]
    [InlineData("2%以内", 2d, Qualifier.AtMost, "%")]
    [InlineData("50以下", 50d, Qualifier.AtMost, null)]
    [InlineData("不到50", 50d, Qualifier.AtMost, null)]
    [InlineData("不超过3次", 3d, Qualifier.AtMost, "次")]
    [InlineData("不足1%", 1d, Qualifier.AtMost, "%")]
    [InlineData("低于10个", 10d, Qualifier.AtMost, "个")]
    [InlineData("约300", 300d, Qualifier.Approx, null)]
    [InlineData("约 300 米", 300d, Qualifier.Approx, "米")]
    [InlineData("近2万", 20_000d, Qualifier.Approx, null)]
    [InlineData("大约5公里", 5d, Qualifier.Approx, "公里")]
    [InlineData("接近5", 5d, Qualifier.Approx, null)]
    [InlineData("12米余", 12d, Qualifier.AtLeast, "米")]
    [InlineData("3000米左右", 3000d, Qualifier.Approx, "米")]
    [InlineData("50左右", 50d, Qualifier.Approx, null)]
    [InlineData("约-3.5%", -3.5, Qualifier.Approx, "%")]
    [InlineData("3千多米", 3_000d, Qualifier.AtLeast, "米")]
    [InlineData("2百余", 200d, Qualifier.AtLeast, null)]
    [InlineData("5百余次", 500d, Qualifier.AtLeast, "次")]
    [InlineData("超过1.5千人", 1_500d, Qualifier.AtLeast, "人")]
    [InlineData("约2百万", 2_000_000d, Qualifier.Approx, null)]
    [InlineData("3千米左右", 3d, Qualifier.Approx, "千米")]
    public void QualifierWordsBoundTheValue(string text, double expected, Qualifier qualifier, string? unit)
    {
        AssertValue(text, expected, qualifier, unit);
    }

    [Fact]
    public void TwoThousandYuIsAtLeastTwoThousand()
    {
        AssertValue("2000余", 2000d, Qualifier.AtLeast, null);
    }

    [Theory]
    [InlineData("约3000米左右", 3000d, Qualifier.Approx, "米")]
    [InlineData("大约50左右", 50d, Qualifier.Approx, null)]
    [InlineData("超过200余次", 200d, Qualifier.AtLeast, "次")]
    [InlineData("200余次以上", 200d, Qualifier.AtLeast, "次")]
    public void RepeatingTheSameQualifierKeepsIt(string text, double expected, Qualifier qualifier, string? unit)
    {
        AssertValue(text, expected, qualifier, unit);
    }

    [Theory]
    [InlineData("超过3000米左右")]
    [InlineData("约50以上")]
    [InlineData("不到200余次")]
    [InlineData("200余次以内")]
    [InlineData("100多余")]
    public void ConflictingOrStackedQualifiersAreInvalid(string text)
    {
        Assert.Equal(ParsedQuantity.Invalid, QuantityParser.Parse(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\u3000")]
    [InlineData("—")]
    [InlineData("–")]
    [InlineData("-")]
    [InlineData("--")]
    [InlineData("——")]
    [InlineData("/")]
    [InlineData("／")]
    [InlineData(" — ")]
    [InlineData("－")]
    public void PlaceholdersAreEmpty(string text)
    {
        Assert.Equal(ParsedQuantity.Empty, QuantityParser.Parse(text));
    }

    [Fact]
    public void NullIsEmpty()
    {
        Assert.Equal(ParsedQuantity.Empty, QuantityParser.Parse(null));
    }

    [Theory]
    [InlineData("无")]
    [InlineData(" 无 ")]
    public void WuIsExactlyZero(string text)
    {
        AssertValue(text, 0d, Qualifier.Exact, null);
    }

    [Theory]
    [InlineData("不详")]
    [InlineData("待统计")]
    [InlineData("12a")]
    [InlineData("1.2.3")]
    [InlineData("很多")]
    [InlineData("若干")]
    [InlineData("3-5")]
    [InlineData("3~5")]
    [InlineData("1,2")]
    [InlineData("1 250")]
    [InlineData("1. 5")]
    [InlineData("一 百")]
    [InlineData("一二")]
    [InlineData("十几")]
    [InlineData("米")]
    [InlineData("%")]
    [InlineData("km")]
    [InlineData("约")]
    [InlineData("以上")]
    [InlineData("约左右")]
    [InlineData("12米米")]
    [InlineData("12光年")]
    [InlineData("12马力")]
    [InlineData("无个")]
    [InlineData("暂无")]
    [InlineData("N/A")]
    [InlineData("-/")]
    [InlineData("12%%")]
    [InlineData("%12")]
    [InlineData("米12")]
    [InlineData("3万万")]
    [InlineData("千")]
    [InlineData("千万")]
    [InlineData("3千千")]
    [InlineData("3百百")]
    [InlineData("百3")]
    [InlineData("3千亿")]
    [InlineData("3千5")]
    [InlineData("3千多余米")]
    [InlineData("1e5")]
    [InlineData("排查管道（万米）")]
    public void TextThatIsNotAQuantityIsInvalid(string text)
    {
        Assert.Equal(ParsedQuantity.Invalid, QuantityParser.Parse(text));
    }

    private static void AssertValue(string text, double value, Qualifier qualifier, string? unit)
    {
        Assert.Equal(new ParsedQuantity(QuantityParseStatus.Value, value, qualifier, unit), QuantityParser.Parse(text));
    }
}
