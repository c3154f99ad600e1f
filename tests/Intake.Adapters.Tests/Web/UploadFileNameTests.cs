using Intake.Web.Upload;

namespace Intake.Adapters.Tests.Web;

public sealed class UploadFileNameTests
{
    [Theory]
    [InlineData("城管局2022年第13周周报.xlsx", "城管局2022年第13周周报.xlsx")]
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData("C:\\Users\\clerk\\峡窝镇周报.csv", "峡窝镇周报.csv")]
    [InlineData("<img src=x onerror=alert(1)>.xlsx", "_img src=x onerror=alert(1)_.xlsx")]
    [InlineData("a\u0000b\r\nc.csv", "a_b__c.csv")]
    [InlineData("周报..XLSX", "周报.xlsx")]
    [InlineData(" .峡窝镇周报.csv. ", "峡窝镇周报.csv")]
    [InlineData("报表\u202Excod.exe", "报表_xcod.exe")]
    [InlineData("invoice\u202Eslx.exe", "invoice_slx.exe")]
    [InlineData("区城管局\u2215峡窝镇.xlsx", "区城管局_峡窝镇.xlsx")]
    [InlineData("区城管局\uFF0F峡窝镇\uFF3C周报.xlsx", "区城管局_峡窝镇_周报.xlsx")]
    [InlineData("零\u200B宽.csv", "零_宽.csv")]
    public void AFileNameLosesFoldersAndCharactersThatAreNotSafe(string? given, string expected) =>
        Assert.Equal(expected, UploadFileName.Sanitize(given));

    [Theory]
    [InlineData("...", "")]
    [InlineData(". . .", "")]
    [InlineData("..", "")]
    [InlineData("   ", "")]
    [InlineData("", "")]
    [InlineData(null, "")]
    [InlineData(".xlsx", ".xlsx")]
    [InlineData("... .xlsx", ".xlsx")]
    [InlineData("**??.csv", ".csv")]
    [InlineData("\u202E\u202E.xls", ".xls")]
    public void ANameWithNothingLeftGetsAGeneratedNameThatKeepsItsExtension(string? given, string extension)
    {
        var name = UploadFileName.Sanitize(given);

        Assert.Matches("^upload-[0-9a-f]{8}" + System.Text.RegularExpressions.Regex.Escape(extension) + "$", name);
        Assert.NotEqual(name, UploadFileName.Sanitize(given));
    }

    [Fact]
    public void AVeryLongFileNameKeepsItsExtension()
    {
        var name = UploadFileName.Sanitize(new string('周', 300) + ".xlsx");

        Assert.Equal(120, name.Length);
        Assert.EndsWith(".xlsx", name);
    }
}
