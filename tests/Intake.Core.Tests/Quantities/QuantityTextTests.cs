using System.Text;
using Intake.Core.Quantities;

namespace Intake.Core.Tests.Quantities;

public sealed class QuantityTextTests
{
    [Fact]
    public void CharactersMappedWithoutIcuMatchNfkc()
    {
        var characters = Range('\u0021', '\u007E')
            .Concat(Range('\u4E00', '\u9FFF'))
            .Concat(Range('\uFF01', '\uFF5E'))
            .Concat("–—―−、。〇【】");

        foreach (var c in characters)
        {
            Assert.Equal(c.ToString().Normalize(NormalizationForm.FormKC), Compact(c.ToString()));
        }
    }

    [Theory]
    [InlineData("  12  ", "12")]
    [InlineData("８．１　％", "8.1%")]
    [InlineData("约 3000 米 左右", "约3000米左右")]
    [InlineData("1,250 万元", "1,250万元")]
    [InlineData("两 万", "两万")]
    [InlineData("２ 万米", "2万米")]
    [InlineData("排查管道（万米）", "排查管道(万米)")]
    [InlineData("５㎞", "5km")]
    [InlineData("", "")]
    public void TextIsNormalizedAndLosesItsWhiteSpace(string text, string expected)
    {
        Assert.Equal(expected, Compact(text));
    }

    [Theory]
    [InlineData("1 250")]
    [InlineData("1, 250")]
    [InlineData("8 .1")]
    [InlineData("一 百")]
    [InlineData("十 二")]
    public void TextThatCannotBeOneQuantityIsRefused(string text)
    {
        Assert.Null(Compact(text));
    }

    // Built in code: attribute strings travel as UTF-8, which would replace these by U+FFFD.
    [Theory]
    [InlineData('\uD800')]
    [InlineData('\uDFFF')]
    [InlineData('\uFFFE')]
    [InlineData('\uFFFF')]
    public void TextThatIcuCannotNormalizeIsRefused(char broken)
    {
        Assert.Null(Compact("１２" + broken));
        Assert.Null(Compact(broken + "12"));
    }

    [Fact]
    public void TextLongerThanAnyQuantityIsRefused()
    {
        Span<char> buffer = stackalloc char[QuantityText.BufferLength];

        Assert.True(QuantityText.TryCompact(new string('1', QuantityText.MaxLength), buffer, out _));
        Assert.False(QuantityText.TryCompact(new string('1', QuantityText.MaxLength + 1), buffer, out _));
    }

    private static string? Compact(string text)
    {
        Span<char> buffer = stackalloc char[QuantityText.BufferLength];
        return QuantityText.TryCompact(text, buffer, out var length) ? buffer[..length].ToString() : null;
    }

    private static IEnumerable<char> Range(char first, char last) =>
        Enumerable.Range(first, last - first + 1).Select(code => (char)code);
}
