namespace Intake.Core.Quantities;

/// <summary>
/// Reads numbers written in Arabic digits: an optional sign, thousands groups (1,250), a decimal
/// part (8.1) and an optional 万 or 亿 multiplier (1.2万, 2.5亿). Works in decimal so that 1.2万
/// is exactly 12000.
/// </summary>
internal static class ArabicNumber
{
    // Generous for any real report, and small enough that the 亿 multiplier cannot overflow decimal.
    private const int MaxIntegerDigits = 18;
    private const int MaxFractionDigits = 10;

    /// <summary>Reads the whole of <paramref name="text"/> as one number.</summary>
    internal static bool TryParse(ReadOnlySpan<char> text, out decimal value)
    {
        value = 0;
        var multiplier = 1m;
        if (!text.IsEmpty && ChineseNumeral.BigUnitValue(text[^1]) is var bigUnit and > 0)
        {
            multiplier = bigUnit;
            text = text[..^1];
        }

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
