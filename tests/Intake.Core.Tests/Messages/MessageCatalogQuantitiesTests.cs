using Intake.Core.Messages;
using Intake.Core.Quantities;

namespace Intake.Core.Tests.Messages;

public sealed class MessageCatalogQuantitiesTests
{
    [Theory]
    [InlineData(Qualifier.AtLeast, "盏", "2000余盏", "over 2000 盏")]
    [InlineData(Qualifier.AtLeast, "%", "2000%以上", "2000% or more")]
    [InlineData(Qualifier.AtMost, "%", "2000%以内", "up to 2000%")]
    [InlineData(Qualifier.Approx, "米", "约2000米", "about 2000 米")]
    [InlineData(Qualifier.Exact, "", "2000", "2000")]
    public void AQualifiedNumberIsWrittenAsOfficesWriteIt(Qualifier qualifier, string unit, string zh, string en)
    {
        Assert.Equal(new LocalizedText(zh, en), MessageCatalog.Quantity("2000", qualifier, unit));
        Assert.Equal(zh, QualifiedNumber.Write(2000, qualifier, unit));
    }
}
