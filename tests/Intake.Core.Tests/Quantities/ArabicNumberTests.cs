using Intake.Core.Quantities;

namespace Intake.Core.Tests.Quantities;

public sealed class ArabicNumberTests
{
    [Theory]
    [InlineData("0", "0")]
    [InlineData("7", "7")]
    [InlineData("007", "7")]
    [InlineData("1250", "1250")]
    [InlineData("1,250", "1250")]
    [InlineData("12,345,678", "12345678")]
    [InlineData("1,250.75", "1250.75")]
    [InlineData("8.1", "8.1")]
    [InlineData("0.05", "0.05")]
    [InlineData("-3.5", "-3.5")]
    [InlineData("−3.5", "-3.5")]
    [InlineData("+3.5", "3.5")]
    [InlineData("3万", "30000")]
    [InlineData("1.2万", "12000")]
    [InlineData("0.3万", "3000")]
    [InlineData("2.5亿", "250000000")]
    [InlineData("1,200万", "12000000")]
    [InlineData("-1.5万", "-15000")]
    [InlineData("2千", "2000")]
    [InlineData("1.5千", "1500")]
    [InlineData("5百", "500")]
    [InlineData("12百", "1200")]
    [InlineData("0.5百", "50")]
    [InlineData("1,200千", "1200000")]
    [InlineData("-2千", "-2000")]
    [InlineData("3千万", "30000000")]
    [InlineData("2百万", "2000000")]
    [InlineData("1.25千万", "12500000")]
    [InlineData("999999999999999999千万", "9999999999999999990000000")]
    [InlineData("999999999999999999.9999999999亿", "99999999999999999999999999.99")]
    [InlineData("999999999999999999", "999999999999999999")]
    [InlineData("0.0000000001", "0.0000000001")]
    public void DigitsReadAsExactDecimals(string text, string expected)
    {
        Assert.True(ArabicNumber.TryParse(text, out var value));
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("-")]
    [InlineData("万")]
    [InlineData("1,2")]
    [InlineData("12,50")]
    [InlineData("1234,567")]
    [InlineData(",123")]
    [InlineData("1,,234")]
    [InlineData("1,234,")]
    [InlineData("1.2.3")]
    [InlineData("12.")]
    [InlineData(".5")]
    [InlineData("1.2,3")]
    [InlineData("--3")]
    [InlineData("3-")]
    [InlineData("3-5")]
    [InlineData("12a")]
    [InlineData("3万万")]
    [InlineData("万3")]
    [InlineData("千")]
    [InlineData("百")]
    [InlineData("千万")]
    [InlineData("3千千")]
    [InlineData("3百百")]
    [InlineData("3千百")]
    [InlineData("3百千")]
    [InlineData("3万千")]
    [InlineData("3千万万")]
    [InlineData("3千亿")]
    [InlineData("3百亿")]
    [InlineData("3十")]
    [InlineData("3千5")]
    [InlineData("百3")]
    [InlineData("千-3")]
    [InlineData("1.千")]
    [InlineData("1e5")]
    [InlineData("1000000000000000000")]
    [InlineData("0.00000000001")]
    public void MalformedDigitsAreRejected(string text)
    {
        Assert.False(ArabicNumber.TryParse(text, out _));
    }
}
