using Intake.Core.Workbooks;

namespace Intake.Core.Tests.Workbooks;

public sealed class SpreadsheetTextTests
{
    [Theory]
    [InlineData("=SUM(A1:A9)", "'=SUM(A1:A9)")]
    [InlineData("+86 371", "'+86 371")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@cmd", "'@cmd")]
    [InlineData("\t=1", "'\t=1")]
    [InlineData("\r=1", "'\r=1")]
    public void TextThatStartsLikeAFormulaGetsAnApostrophe(string text, string safe) =>
        Assert.Equal(safe, SpreadsheetText.Safe(text));

    [Theory]
    [InlineData("整修路灯", "整修路灯")]
    [InlineData("2000余", "2000余")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void OrdinaryTextIsLeftAsItIs(string? text, string safe) =>
        Assert.Equal(safe, SpreadsheetText.Safe(text));
}
