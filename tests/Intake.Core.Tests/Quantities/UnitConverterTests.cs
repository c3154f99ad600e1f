using Intake.Core.Quantities;

namespace Intake.Core.Tests.Quantities;

public sealed class UnitConverterTests
{
    [Theory]
    [InlineData(12.5, "米", "米", 12.5)]
    [InlineData(1.2, "万米", "米", 12_000d)]
    [InlineData(3d, "公里", "米", 3_000d)]
    [InlineData(1.1, "公里", "米", 1_100d)]
    [InlineData(5d, "km", "米", 5_000d)]
    [InlineData(2d, "千米", "公里", 2d)]
    [InlineData(2d, "公里", "千米", 2d)]
    [InlineData(500d, "米", "公里", 0.5)]
    [InlineData(12_345d, "米", "万米", 1.2345)]
    [InlineData(3d, "万元", "元", 30_000d)]
    [InlineData(2.5, "亿元", "万元", 25_000d)]
    [InlineData(1d, "元", "万元", 0.0001)]
    [InlineData(5d, "名", "人", 5d)]
    [InlineData(2d, "人", "名", 2d)]
    [InlineData(3d, "万人", "人", 30_000d)]
    [InlineData(12d, "次", "次", 12d)]
    [InlineData(12d, "架次", "架次", 12d)]
    [InlineData(8.1, "%", "%", 8.1)]
    [InlineData(8.1, "％", "%", 8.1)]
    [InlineData(0d, "万米", "米", 0d)]
    [InlineData(-3.5, "万元", "元", -35_000d)]
    [InlineData(2d, "吨", "千克", 2_000d)]
    [InlineData(1d, "公顷", "平方米", 10_000d)]
    [InlineData(15d, "亩", "平方米", 10_000d)]
    [InlineData(250d, "厘米", "米", 2.5)]
    public void SameDimensionConvertsByFactor(double value, string from, string to, double expected)
    {
        Assert.True(UnitConverter.TryConvert(value, from, to, out var converted));
        Assert.Equal(expected, converted);
    }

    [Theory]
    [InlineData("次", "架次")]
    [InlineData("盏", "个")]
    [InlineData("家", "个")]
    [InlineData("人", "次")]
    [InlineData("米", "元")]
    [InlineData("万米", "万元")]
    [InlineData("%", "个")]
    [InlineData("个", "%")]
    [InlineData("米", "吨")]
    [InlineData("光年", "光年")]
    [InlineData("吨", "米")]
    [InlineData("", "米")]
    [InlineData("米", " ")]
    public void DifferentDimensionsOrUnknownUnitsDoNotConvert(string from, string to)
    {
        Assert.False(UnitConverter.TryConvert(1d, from, to, out var converted));
        Assert.Equal(0d, converted);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.MaxValue)]
    [InlineData(1e300)]
    [InlineData(1e-300)]
    [InlineData(double.Epsilon)]
    public void ExtremeValuesConvertWithoutThrowing(double value)
    {
        Assert.True(UnitConverter.TryConvert(value, "亿元", "元", out _));
        Assert.True(UnitConverter.TryConvert(value, "元", "亿元", out _));
    }

    [Theory]
    [InlineData("米", "米")]
    [InlineData("公里", "公里")]
    [InlineData("km", "公里")]
    [InlineData("KM", "公里")]
    [InlineData("ｋｍ", "公里")]
    [InlineData("㎞", "公里")]
    [InlineData("千米", "千米")]
    [InlineData("万米", "万米")]
    [InlineData(" 米 ", "米")]
    [InlineData("％", "%")]
    [InlineData("架次", "架次")]
    [InlineData("名", "名")]
    [InlineData("万人", "万人")]
    [InlineData("亿元", "亿元")]
    public void KnownUnitWordsNormalizeToTheirCanonicalSpelling(string unit, string expected)
    {
        Assert.Equal(expected, UnitConverter.Normalize(unit));
    }

    [Theory]
    [InlineData("次", "处", true)]
    [InlineData("盏", "座", true)]
    [InlineData("人次", "次", true)]
    [InlineData("人", "次", true)]
    [InlineData("次", "次", false)]
    [InlineData("米", "盏", false)]
    [InlineData("盏", "米", false)]
    [InlineData("万人", "次", false)]
    [InlineData("万元", "个", false)]
    [InlineData("光年", "次", false)]
    public void OnlyTwoDifferentCountingWordsCountTheSameThingsInOtherWords(string from, string to, bool counting) =>
        Assert.Equal(counting, UnitConverter.AreOtherCountingWords(from, to));

    [Theory]
    [InlineData("")]
    [InlineData("光年")]
    [InlineData("米米")]
    [InlineData("马力")]
    [InlineData("万")]
    public void UnknownUnitWordsNormalizeToNull(string unit)
    {
        Assert.Null(UnitConverter.Normalize(unit));
    }

    [Fact]
    public void BrokenUnitTextIsUnknownRatherThanAnError()
    {
        Assert.Null(UnitConverter.Normalize("米\uD800"));
        Assert.Null(UnitConverter.FindHeaderUnit("清淤(米\uDC00)"));
        Assert.False(UnitConverter.TryConvert(1d, "\uFFFE", "米", out _));
    }

    [Theory]
    [InlineData("排查管道（万米）", "万米")]
    [InlineData("清淤(米)", "米")]
    [InlineData("金额/万元", "万元")]
    [InlineData("金额／万元", "万元")]
    [InlineData("增速(%)", "%")]
    [InlineData("增速（％）", "%")]
    [InlineData("同比增长%", "%")]
    [InlineData("整修路灯（盏）", "盏")]
    [InlineData("无人机飞行巡查（架次）", "架次")]
    [InlineData("投资（单位：万元）", "万元")]
    [InlineData("里程(km)", "公里")]
    [InlineData("清淤【米】", "米")]
    [InlineData("排查管道（ 万米 ）\n", "万米")]
    public void HeaderUnitIsTheUnitWrittenAtTheEnd(string header, string expected)
    {
        Assert.Equal(expected, UnitConverter.FindHeaderUnit(header));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("排查管道")]
    [InlineData("清淤米")]
    [InlineData("（万米）排查管道")]
    [InlineData("会议（专题）")]
    [InlineData("数量（个/次）")]
    [InlineData("金额/元/年")]
    [InlineData("万米）")]
    public void HeaderWithoutATrailingUnitHasNone(string header)
    {
        Assert.Null(UnitConverter.FindHeaderUnit(header));
    }
}
