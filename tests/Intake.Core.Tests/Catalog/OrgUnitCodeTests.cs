using System.Text.Json;
using Intake.Core.Catalog;
using Intake.Core.Reports;

namespace Intake.Core.Tests.Catalog;

public sealed class OrgUnitCodeTests
{
    [Theory]
    [InlineData("")]
    [InlineData("xia wo")]
    [InlineData("xiawo|rsj")]
    [InlineData("xiawo\n")]
    public void ACodeThatCannotBeOneIsRefusedWhenMade(string text)
    {
        Assert.Throws<ArgumentException>(() => new OrgUnitCode(text));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("a|b")]
    public void AStoredCodeThatCannotBeOneFailsLoudly(string? text)
    {
        var error = Assert.Throws<InvalidDataException>(() => OrgUnitCode.Parse(text));
        Assert.Contains("org unit", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ACodeReadsAsItsStringAndEqualsTheSameCode()
    {
        var code = OrgUnitCode.Parse("xiawo");

        string text = code;
        Assert.Equal("xiawo", text);
        Assert.Equal("xiawo", code.ToString());
        Assert.Equal(new OrgUnitCode("xiawo"), code);
        Assert.NotEqual(new OrgUnitCode("XIAWO"), code);
    }

    [Fact]
    public void CodesOrderAsTheirStringsDoOrdinally()
    {
        OrgUnitCode[] codes = [new("xiawo"), new("Zeta"), new("cgj"), new("shangjie")];

        Assert.Equal(["Zeta", "cgj", "shangjie", "xiawo"], codes.Order().Select(c => c.Value));
        Assert.True(new OrgUnitCode("cgj") < new OrgUnitCode("rsj"));
    }

    [Fact]
    public void ACodeThatWasNeverGivenAValueIsABugNotAnEmptyCode()
    {
        var unset = default(OrgUnitCode);

        Assert.Throws<InvalidOperationException>(() => unset.Value);
    }

    [Fact]
    public void InJsonACodeIsItsString()
    {
        var fact = new { orgUnit = new OrgUnitCode("xiawo"), indicator = new IndicatorCode("new_urban_jobs") };

        var json = JsonSerializer.Serialize(fact);

        Assert.Equal("""{"orgUnit":"xiawo","indicator":"new_urban_jobs"}""", json);
        Assert.Equal(new OrgUnitCode("rsj"), JsonSerializer.Deserialize<OrgUnitCode>("\"rsj\""));
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<IndicatorCode[]>("[\"jobs\", \"\"]"));
        Assert.Equal("$[1]", error.Path);
    }

    [Fact]
    public void TheCatalogAndTheFactsCarryTypedCodes()
    {
        var catalog = CatalogLoader.Default;
        var jobs = catalog.IndicatorByCode("new_urban_jobs")!;
        var rsj = catalog.OrgUnitByCode("rsj")!;

        Assert.Equal(new IndicatorCode("new_urban_jobs"), jobs.Code);
        Assert.Equal(new OrgUnitCode("rsj"), rsj.Code);
        Assert.Equal(new OrgUnitCode("shangjie"), rsj.Parent);
        Assert.Same(rsj, catalog.OrgUnitByCode(rsj.Code));
        Assert.Equal(typeof(OrgUnitCode), typeof(Fact).GetProperty(nameof(Fact.OrgUnit))!.PropertyType);
        Assert.Equal(typeof(OrgUnitCode), typeof(Fact).GetProperty(nameof(Fact.Reporter))!.PropertyType);
        Assert.Equal(typeof(IndicatorCode), typeof(Fact).GetProperty(nameof(Fact.Indicator))!.PropertyType);
    }
}
