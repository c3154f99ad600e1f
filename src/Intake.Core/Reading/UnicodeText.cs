namespace Intake.Core.Reading;

/// <summary>
/// Text as a file holds it, made safe to normalize and compare: characters outside the Basic Multilingual Plane
/// (emoji, 𠮷 and the other CJK characters of Extension B and later) stay as they are, while a surrogate without
/// its partner, which some writers leave behind (an xlsx's <c>_xD83D_</c> escape, a cut-off rich run), is no
/// character at all and becomes U+FFFD, as a decoder would make it.
/// </summary>
public static class UnicodeText
{
    private const char Replacement = '\uFFFD';

    public static string Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var bad = FirstUnpaired(text);
        if (bad < 0)
        {
            return text;
        }

        var chars = text.ToCharArray();
        for (var i = bad; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(chars[i]))
            {
                chars[i] = Replacement;
            }
        }

        return new string(chars);
    }

    /// <summary>The first <paramref name="length"/> chars of a text, one fewer when a surrogate pair would be cut in two.</summary>
    public static string Prefix(string text, int length)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= length)
        {
            return text;
        }

        return text[..(length > 0 && char.IsHighSurrogate(text[length - 1]) ? length - 1 : length)];
    }

    private static int FirstUnpaired(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsSurrogate(text[i]))
            {
                continue;
            }

            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            return i;
        }

        return -1;
    }
}
