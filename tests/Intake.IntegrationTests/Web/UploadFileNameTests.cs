using Intake.Web.Upload;

namespace Intake.IntegrationTests.Web;

public sealed class UploadFileNameTests
{
    [Theory]
    [InlineData("城管局2022年第13周周报.xlsx", "城管局2022年第13周周报.xlsx")]
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData("C:\\Users\\clerk\\峡窝镇周报.csv", "峡窝镇周报.csv")]
    [InlineData("<img src=x onerror=alert(1)>.xlsx", "_img src=x onerror=alert(1)_.xlsx")]
    [InlineData("...", "upload")]
    [InlineData("a\u0000b\r\nc.csv", "a_b__c.csv")]
    [InlineData(null, "upload")]
    public void AFileNameLosesFoldersAndCharactersThatAreNotSafe(string? given, string expected) =>
        Assert.Equal(expected, UploadFileName.Sanitize(given));

    [Fact]
    public void AVeryLongFileNameKeepsItsExtension()
    {
        var name = UploadFileName.Sanitize(new string('周', 300) + ".xlsx");

        Assert.Equal(120, name.Length);
        Assert.EndsWith(".xlsx", name);
    }
}
