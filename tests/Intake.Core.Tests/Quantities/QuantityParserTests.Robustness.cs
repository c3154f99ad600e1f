using System.Globalization;
using Intake.Core.Quantities;

namespace Intake.Core.Tests.Quantities;

public sealed partial class QuantityParserTests
{
    // Characters the parser reacts to, mixed with ones that break naive scanners (lone surrogates, NUL, zero-width space).
    private const string FuzzAlphabet =
        "0123456789.,-−+%％，．０１２ 　\t\n一二两三十百千万亿零〇余多以上内下左右约近超过不到足低于大接米公里千元人名次架盏个/—–()（）abcKM\uD800\uDC00\u0000\uFFFF\u200B☃无";

    [Fact]
    public void RandomTextFromTheQuantityAlphabetNeverThrows()
    {
        var random = new Random(20_240_601);
        for (var i = 0; i < 20_000; i++)
        {
            var text = RandomText(random, length: random.Next(0, 24), code => FuzzAlphabet[code % FuzzAlphabet.Length]);
            AssertWellFormed(QuantityParser.Parse(text));
        }
    }

    [Fact]
    public void RandomUtf16CodeUnitsNeverThrow()
    {
        var random = new Random(7);
        for (var i = 0; i < 20_000; i++)
        {
            var text = RandomText(random, length: random.Next(0, 40), code => (char)code);
            AssertWellFormed(QuantityParser.Parse(text));
        }
    }

    [Theory]
    [InlineData('1')]
    [InlineData('一')]
    [InlineData('约')]
    [InlineData('余')]
    [InlineData('—')]
    [InlineData('%')]
    [InlineData('\uD800')]
    public void HundredThousandCharacterTextIsInvalid(char repeated)
    {
        Assert.Equal(ParsedQuantity.Invalid, QuantityParser.Parse(new string(repeated, 100_000)));
    }

    [Fact]
    public void HundredThousandSpacesAreEmpty()
    {
        Assert.Equal(ParsedQuantity.Empty, QuantityParser.Parse(new string(' ', 100_000)));
    }

    [Fact]
    public void NumberPaddedWithHundredThousandSpacesIsStillRead()
    {
        var padding = new string(' ', 50_000);

        AssertValue(padding + "12米" + padding, 12d, Qualifier.Exact, "米");
    }

    [Theory]
    [InlineData("余")]
    [InlineData("多")]
    [InlineData("以上")]
    [InlineData("左右")]
    [InlineData("超过")]
    [InlineData("不超过")]
    [InlineData("超过以上")]
    [InlineData("不到以内")]
    [InlineData("约左右")]
    [InlineData("超过逾大于")]
    [InlineData("余余余")]
    [InlineData("约米左右")]
    public void QualifierWordsWithoutANumberAreInvalid(string text)
    {
        Assert.Equal(ParsedQuantity.Invalid, QuantityParser.Parse(text));
    }

    [Fact]
    public void BrokenOrForeignCharactersAreInvalid()
    {
        // Built in code: attribute strings travel as UTF-8, which would replace lone surrogates by U+FFFD.
        string[] texts = ["\uD800", "12\uDC00", "\uDC00\uD800", "12\uFFFE", "１２\uFFFF", "12😀", "12\u0000", "1\u200B2", "12\uFFFD"];

        foreach (var text in texts)
        {
            Assert.Equal(ParsedQuantity.Invalid, QuantityParser.Parse(text));
        }
    }

    [Fact]
    public void FormattedNumbersReadBackExactly()
    {
        var random = new Random(42);
        for (var i = 0; i < 2_000; i++)
        {
            var cents = random.NextInt64(-100_000_000_000_000, 100_000_000_000_000);
            var number = cents / 100m;

            var parsed = QuantityParser.Parse(number.ToString("N2", CultureInfo.InvariantCulture));

            Assert.Equal((double)number, parsed.Value);
        }
    }

    [Fact]
    public void ParsingAllocatesNothing()
    {
        string[] texts = ["1,250", "两万多米", "８．１％", "约3000米左右", "不详", "—", "2.5亿元"];
        foreach (var text in texts)
        {
            QuantityParser.Parse(text);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        foreach (var text in texts)
        {
            QuantityParser.Parse(text);
        }

        Assert.Equal(before, GC.GetAllocatedBytesForCurrentThread());
    }

    private static string RandomText(Random random, int length, Func<int, char> pick) =>
        string.Create(length, random, (chars, source) =>
        {
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = pick(source.Next(0, char.MaxValue + 1));
            }
        });

    private static void AssertWellFormed(ParsedQuantity parsed)
    {
        if (parsed.Status != QuantityParseStatus.Value)
        {
            Assert.True(parsed == ParsedQuantity.Empty || parsed == ParsedQuantity.Invalid);
            return;
        }

        Assert.True(double.IsFinite(parsed.Value));
        Assert.True(Enum.IsDefined(parsed.Qualifier));
        Assert.True(parsed.Unit is null || UnitConverter.Normalize(parsed.Unit) == parsed.Unit);
    }
}
