using Intake.Core.Catalog;
using Intake.Core.Metadata;

namespace Intake.Core.Tests.Metadata;

public sealed class ReportFormTests
{
    [Theory]
    [InlineData("城管局2022年第13周周报.xlsx", "周报")]
    [InlineData("城管局2022年第13周周报（修改版）.xlsx", "周报")]
    [InlineData("区城管局2022年第14周周报(1).xlsx", "周报")]
    [InlineData("城管局2022年第13周汛期排查表.xlsx", "汛期排查表")]
    [InlineData("cgj_2022-W13.csv", ReportForm.Default)]
    [InlineData("城管局2022年第13周周报v2.xlsx", "周报")]
    [InlineData("城管局2022年第13周周报_V3.xlsx", "周报")]
    public void FormIsTheFileNameWithoutReporterPeriodAndVersion(string fileName, string form) =>
        Assert.Equal(form, ReportForm.Resolve(CatalogLoader.Default, null, fileName));

    [Fact]
    public void ExplicitFormWinsAndIsMadeSafeForTableKeys() =>
        Assert.Equal("a_b_c", ReportForm.Resolve(CatalogLoader.Default, "a/b#c", "城管局周报.xlsx"));
}
