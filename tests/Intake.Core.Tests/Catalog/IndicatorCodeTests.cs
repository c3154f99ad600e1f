using Intake.Core.Catalog;

namespace Intake.Core.Tests.Catalog;

public sealed class IndicatorCodeTests
{
    [Theory]
    [InlineData("")]
    [InlineData("new urban jobs")]
    [InlineData("jobs|period")]
    public void ACodeThatCannotBeOneIsRefusedWhenMade(string text)
    {
        Assert.Throws<ArgumentException>(() => new IndicatorCode(text));
    }

    [Fact]
    public void AStoredCodeThatCannotBeOneFailsLoudly()
    {
        var error = Assert.Throws<InvalidDataException>(() => IndicatorCode.Parse(" "));
        Assert.Contains("indicator", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ACodeReadsAsItsStringAndOrdersOrdinally()
    {
        IndicatorCode[] codes = [new("new_urban_jobs"), new("enterprise_visits")];

        Assert.Equal(["enterprise_visits", "new_urban_jobs"], codes.Order().Select(c => (string)c));
        Assert.Equal(new IndicatorCode("enterprise_visits"), IndicatorCode.Parse("enterprise_visits"));
    }
}
