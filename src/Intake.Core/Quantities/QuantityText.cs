using System.Text;

namespace Intake.Core.Quantities;

/// <summary>
/// Brings cell text to the one spelling the scanners read: NFKC (full-width ＡＳＣＩＩ, ％, ，, （
/// become half-width), no white space. Works in caller-provided buffers so that common cells parse
/// without allocating.
/// </summary>
internal static class QuantityText
{
    /// <summary>
    /// Longest trimmed text worth reading. Real quantities are far shorter; the bound keeps
    /// buffers on the stack and hostile cells cheap.
    /// </summary>
    internal const int MaxLength = 128;

    /// <summary>Buffer size that holds <see cref="MaxLength"/> characters after NFKC, which may expand some (㍿ → 株式会社).</summary>
    internal const int BufferLength = MaxLength * 4;

    /// <summary>
    /// Writes the compact form of <paramref name="text"/> into <paramref name="destination"/>
    /// (at least <see cref="BufferLength"/> long). False when the text is too long, is not
    /// well-formed UTF-16, or has white space inside a number (1 250 would be two numbers).
    /// </summary>
    internal static bool TryCompact(ReadOnlySpan<char> text, Span<char> destination, out int length)
    {
        length = 0;
        text = text.Trim();
        if (text.Length > MaxLength || destination.Length < BufferLength)
        {
            return false;
        }

        Span<char> normalized = stackalloc char[BufferLength];
        if (!TryNormalize(text, normalized, out var normalizedLength))
        {
            return false;
        }

        return TryRemoveWhiteSpace(normalized[..normalizedLength], destination, out length);
    }

    private static bool TryNormalize(ReadOnlySpan<char> text, Span<char> destination, out int length)
    {
        if (TryMapCommonCharacters(text, destination))
        {
            length = text.Length;
            return true;
        }

        // Quantities hold no characters outside the BMP, and ICU throws on lone surrogates and U+FFFE.
        if (text.ContainsAnyInRange('\uD800', '\uDFFF') || text.ContainsAnyInRange('\uFFFE', '\uFFFF'))
        {
            length = 0;
            return false;
        }

        return text.TryNormalize(destination, out length, NormalizationForm.FormKC);
    }

    /// <summary>
    /// NFKC for the characters cells are made of, without the allocation an ICU call costs; false
    /// as soon as a character needs ICU. Exact because none of these characters composes with a
    /// neighbour.
    /// </summary>
    private static bool TryMapCommonCharacters(ReadOnlySpan<char> text, Span<char> destination)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var mapped = c switch
            {
                <= '\u007F' => c,
                >= '\u4E00' and <= '\u9FFF' => c, // CJK unified ideographs have no compatibility form.
                >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0), // Full-width ASCII.
                '\u3000' => ' ',
                '–' or '—' or '―' or '−' or '、' or '。' or '〇' or '【' or '】' => c,
                _ => '\uFFFF',
            };

            if (mapped == '\uFFFF')
            {
                return false;
            }

            destination[i] = mapped;
        }

        return true;
    }

    private static bool TryRemoveWhiteSpace(ReadOnlySpan<char> text, Span<char> destination, out int length)
    {
        length = 0;
        var afterWhiteSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                afterWhiteSpace = length > 0;
                continue;
            }

            if (afterWhiteSpace && IsInsideNumber(destination[length - 1]) && IsInsideNumber(c))
            {
                return false;
            }

            afterWhiteSpace = false;
            destination[length++] = c;
        }

        return true;
    }

    private static bool IsInsideNumber(char c) =>
        char.IsAsciiDigit(c) || c is '.' or ',' || ChineseNumeral.IsDigitOrSmallUnit(c);
}
