namespace Intake.Core.Quantities;

/// <summary>
/// Reads numbers written in Chinese characters: 十二, 一千零五, 两万, 二十万, 一亿二千万, and the
/// spoken shortening 一万五 (15000) / 两千五 (2500). Digit runs such as 一二 are rejected because
/// offices use them for ranges (一两个 = one or two).
/// </summary>
internal static class ChineseNumeral
{
    internal const int Wan = 10_000;
    internal const int Yi = 100_000_000;

    /// <summary>Whether <paramref name="c"/> is a digit or 十/百/千, i.e. sits inside a number rather than ending it.</summary>
    internal static bool IsDigitOrSmallUnit(char c) => DigitValue(c) >= 0 || SmallUnitValue(c) > 0;

    /// <summary>Reads the whole of <paramref name="text"/> as one Chinese numeral.</summary>
    internal static bool TryParse(ReadOnlySpan<char> text, out long value)
    {
        value = 0;
        if (text.Length == 1 && DigitValue(text[0]) == 0)
        {
            return true;
        }

        var reader = new ChineseNumeralReader();
        foreach (var c in text)
        {
            if (!reader.Accept(c))
            {
                return false;
            }
        }

        return reader.TryFinish(out value);
    }

    /// <summary>0–9 for a Chinese digit (两 and 俩 are 2), −1 otherwise.</summary>
    internal static int DigitValue(char c) => c switch
    {
        '零' or '〇' => 0,
        '一' => 1,
        '二' or '两' or '俩' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => -1,
    };

    /// <summary>10, 100 or 1000 for 十, 百, 千; 0 otherwise.</summary>
    internal static int SmallUnitValue(char c) => c switch
    {
        '十' => 10,
        '百' => 100,
        '千' => 1_000,
        _ => 0,
    };

    /// <summary>万 or 亿 as a number; 0 otherwise.</summary>
    internal static int BigUnitValue(char c) => c switch
    {
        '万' => Wan,
        '亿' => Yi,
        _ => 0,
    };
}
