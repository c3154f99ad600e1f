using Intake.Core.Quantities;

namespace Intake.Core.Tests.Quantities;

public sealed class QualifiedNumberTests
{
    [Theory]
    [InlineData(2000, Qualifier.AtLeast, "", "2000余")]
    [InlineData(2000, Qualifier.AtLeast, "盏", "2000余盏")]
    [InlineData(2, Qualifier.AtMost, "%", "2%以内")]
    [InlineData(300, Qualifier.Approx, "米", "约300米")]
    [InlineData(137.8, Qualifier.Exact, "%", "137.8%")]
    [InlineData(5, Qualifier.AtLeast, "%", "5%以上")]
    public void NumbersAreWrittenBackAsOfficesWriteThem(double value, Qualifier qualifier, string unit, string text) =>
        Assert.Equal(text, QualifiedNumber.Write(value, qualifier, unit));
}
