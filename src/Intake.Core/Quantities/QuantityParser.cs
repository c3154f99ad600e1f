using System.Buffers;

namespace Intake.Core.Quantities;

/// <summary>
/// Reads a quantity as an office wrote it in a cell: <c>1,250</c>, <c>8.1%</c>, <c>两万多米</c>,
/// <c>约3000米左右</c>, <c>—</c>. The shape is [prefix qualifier] number [qualifier] [unit]
/// [qualifier]; anything else is <see cref="QuantityParseStatus.Invalid"/>. Never throws.
/// </summary>
public static class QuantityParser
{
    private static readonly SearchValues<char> Dashes = SearchValues.Create("-–—―−");

    /// <summary>
    /// Parses cell text. Unit is the unit word found in the text, canonical spelling (e.g. "万米",
    /// "公里", "%", "盏"), or null.
    /// </summary>
    public static ParsedQuantity Parse(string? text)
    {
        Span<char> buffer = stackalloc char[QuantityText.BufferLength];
        if (!QuantityText.TryCompact(text, buffer, out var length))
        {
            return ParsedQuantity.Invalid;
        }

        ReadOnlySpan<char> compact = buffer[..length];
        if (compact.IsEmpty || IsPlaceholder(compact))
        {
            return ParsedQuantity.Empty;
        }

        return compact is "无"
            ? new ParsedQuantity(QuantityParseStatus.Value, 0, Qualifier.Exact, null)
            : ParseQuantity(compact);
    }

    /// <summary>Offices mark "nothing to report" with a dash or a slash.</summary>
    private static bool IsPlaceholder(ReadOnlySpan<char> text) =>
        !text.ContainsAnyExcept(Dashes) || !text.ContainsAnyExcept('/');

    private static ParsedQuantity ParseQuantity(ReadOnlySpan<char> text)
    {
        Qualifier? qualifier = null;
        if ((QualifierWords.TryStripPrefix(ref text, out var prefix) && !TryAdd(ref qualifier, prefix))
            || (QualifierWords.TryStripSuffix(ref text, out var suffix) && !TryAdd(ref qualifier, suffix)))
        {
            return ParsedQuantity.Invalid;
        }

        // The unit is matched after the trailing qualifier (3000米左右), and a qualifier may
        // also sit between number and unit (2000余盏). The longest unit wins before any
        // multiplier is read: 3千米 is 3 千米 and 3千万元 is 3000 万元, but 5百米 is 500 米.
        var unit = KnownUnits.FindAtEnd(text, out var unitLength);
        if (unit is not null)
        {
            text = text[..^unitLength];
            if (QualifierWords.TryStripSuffix(ref text, out var beforeUnit) && !TryAdd(ref qualifier, beforeUnit))
            {
                return ParsedQuantity.Invalid;
            }
        }

        if (!TryReadNumber(text, out var value))
        {
            return ParsedQuantity.Invalid;
        }

        return new ParsedQuantity(QuantityParseStatus.Value, value, qualifier ?? Qualifier.Exact, unit?.Word);
    }

    /// <summary>Offices repeat a qualifier (约3000米左右) but never mean two different ones.</summary>
    private static bool TryAdd(ref Qualifier? qualifier, Qualifier added)
    {
        if (qualifier is { } existing && existing != added)
        {
            return false;
        }

        qualifier = added;
        return true;
    }

    private static bool TryReadNumber(ReadOnlySpan<char> text, out double value)
    {
        if (ArabicNumber.TryParse(text, out var arabic))
        {
            // decimal keeps the sign of -0; a quantity of zero has none.
            value = arabic == 0 ? 0 : (double)arabic;
            return true;
        }

        var isChinese = ChineseNumeral.TryParse(text, out var chinese);
        value = chinese;
        return isChinese;
    }
}
