namespace Intake.Core.Periods;

/// <summary>
/// Chinese numerals as periods use them: numbers below 100 (第十三周, 一季度, 二十八日) and years spelled digit
/// by digit (二〇二二年).
/// </summary>
internal static class SmallChineseNumeral
{
    private const string Digits = "〇一二三四五六七八九";

    // Any of these right after a numeral means it goes on (一百, 十十), so the part read so far is not the number.
    private const string NumeralChars = "零〇一二两三四五六七八九十百千万亿";

    /// <summary>Whether <paramref name="c"/> can be part of a Chinese numeral.</summary>
    public static bool IsNumeralChar(char c) => NumeralChars.Contains(c);

    /// <summary>Reads 一 to 九十九 (十三, 二十, 一十三) at <paramref name="position"/>.</summary>
    public static bool TryRead(string text, int position, out int value, out int length)
    {
        value = 0;
        length = 0;
        var i = position;
        var leading = NonZeroDigitAt(text, i);
        if (leading > 0)
        {
            i++;
        }

        if (i < text.Length && text[i] == '十')
        {
            var units = NonZeroDigitAt(text, ++i);
            if (units > 0)
            {
                i++;
            }

            value = Math.Max(leading, 1) * 10 + units;
        }
        else
        {
            value = leading;
        }

        if (value == 0 || (i < text.Length && IsNumeralChar(text[i])))
        {
            value = 0;
            return false;
        }

        length = i - position;
        return true;
    }

    /// <summary>Reads exactly <paramref name="count"/> digits spelled one by one (二〇二二 is 2022), and no more.</summary>
    public static bool TryReadDigits(string text, int position, int count, out int value)
    {
        value = 0;
        var end = position + count;
        if (end > text.Length || (end < text.Length && IsNumeralChar(text[end])))
        {
            return false;
        }

        for (var i = position; i < end; i++)
        {
            var digit = Digits.IndexOf(text[i] == '零' ? '〇' : text[i]);
            if (digit < 0)
            {
                value = 0;
                return false;
            }

            value = value * 10 + digit;
        }

        return true;
    }

    private static int NonZeroDigitAt(string text, int i) => i < text.Length ? Math.Max(Digits.IndexOf(text[i]), 0) : 0;
}
