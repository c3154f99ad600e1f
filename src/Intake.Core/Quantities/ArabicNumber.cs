namespace Intake.Core.Quantities;

/// <summary>
/// Reads numbers written in Arabic digits: an optional sign, thousands groups (1,250), a decimal
/// part (8.1) and an optional multiplier: 百, 千, 万 or 亿 (5百, 1.5千, 1.2万, 2.5亿), or 百万 or 千万
/// (2百万, 3千万). Works in decimal so that 1.2万 is exactly 12000.
/// </summary>
internal static class ArabicNumber
{
    // Generous for any real report, and small enough that the largest multiplier (亿) cannot overflow decimal.
    private const int MaxIntegerDigits = 18;
    private const int MaxFractionDigits = 10;

    /// <summary>Reads the whole of <paramref name="text"/> as one number.</summary>
    internal static bool TryParse(ReadOnlySpan<char> text, out decimal value)
    {
        value = 0;
        var multiplier = StripMultiplier(ref text);
        var negative = false;
        if (!text.IsEmpty && text[0] is '-' or '+' or '−')
        {
            negative = text[0] != '+';
            text = text[1..];
        }

        if (!TryReadInteger(text, out var integer, out var consumed))
        {
            return false;
        }

        var fraction = 0m;
        var rest = text[consumed..];
        if (!rest.IsEmpty && (rest[0] != '.' || !TryReadFraction(rest[1..], out fraction)))
        {
            return false;
        }

        value = (integer + fraction) * multiplier;
        if (negative)
        {
            value = -value;
        }

        return true;
    }

    /// <summary>
    /// Removes the multiplier <paramref name="text"/> ends with and returns its value, 1 when there
    /// is none. 十 is no multiplier after digits (3十 is not written), and 百/千 combine only with
    /// 万: 千亿 could overflow decimal, and offices write it before 元, where 亿元 is the unit
    /// (3千亿元 is 3000 亿元).
    /// </summary>
    private static decimal StripMultiplier(ref ReadOnlySpan<char> text)
    {
        var multiplier = 1m;
        if (!text.IsEmpty && ChineseNumeral.BigUnitValue(text[^1]) is var big and > 0)
        {
            multiplier = big;
            text = text[..^1];
        }

        if ((multiplier is 1m or ChineseNumeral.Wan)
            && !text.IsEmpty
            && ChineseNumeral.SmallUnitValue(text[^1]) is var small and >= 100)
        {
            multiplier *= small;
            text = text[..^1];
        }

        return multiplier;
    }

    /// <summary>Digits up to the first other character, with commas allowed only between groups of three.</summary>
    private static bool TryReadInteger(ReadOnlySpan<char> text, out decimal integer, out int consumed)
    {
        integer = 0;
        var digits = 0;
        var digitsInGroup = 0;
        var grouped = false;
        for (consumed = 0; consumed < text.Length; consumed++)
        {
            var c = text[consumed];
            if (char.IsAsciiDigit(c))
            {
                if (++digits > MaxIntegerDigits)
                {
                    return false;
                }

                integer = (integer * 10) + (c - '0');
                digitsInGroup++;
            }
            else if (c == ',')
            {
                if (digitsInGroup == 0 || (grouped ? digitsInGroup != 3 : digitsInGroup > 3))
                {
                    return false;
                }

                grouped = true;
                digitsInGroup = 0;
            }
            else
            {
                break;
            }
        }

        return digitsInGroup > 0 && (!grouped || digitsInGroup == 3);
    }

    private static bool TryReadFraction(ReadOnlySpan<char> digits, out decimal fraction)
    {
        fraction = 0;
        if (digits.IsEmpty || digits.Length > MaxFractionDigits)
        {
            return false;
        }

        var weight = 1m;
        foreach (var c in digits)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            weight /= 10;
            fraction += (c - '0') * weight;
        }

        return true;
    }
}
