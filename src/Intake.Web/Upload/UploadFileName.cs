using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Intake.Web.Upload;

/// <summary>
/// A file name as the browser sent it, made safe to be a blob name's last segment and a download name: no folders,
/// no control, format (right-to-left overrides, zero-width marks) or reserved characters, no slash look-alikes, no
/// leading or trailing dots or spaces, at most 120 characters. A name with nothing left to tell it by (empty, dots,
/// spaces, only replaced characters) gets a generated one that keeps its extension, so that no upload becomes a blob
/// named <c>web/</c> or <c>web/..</c> that is never processed.
/// </summary>
public static class UploadFileName
{
    private const int MaxLength = 120;
    private const int MaxExtensionLength = 8;
    private const string GeneratedPrefix = "upload-";

    public static string Sanitize(string? name)
    {
        var text = (name ?? string.Empty).Normalize(NormalizationForm.FormC);
        text = text[(text.LastIndexOfAny(['/', '\\']) + 1)..];
        var (stem, extension) = Split(text);
        var clean = Clean(stem).Trim(' ', '.', '\u3000');
        if (!clean.Any(char.IsLetterOrDigit))
        {
            clean = GeneratedPrefix + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4));
        }

        return clean.Length + extension.Length > MaxLength ? clean[..(MaxLength - extension.Length)].TrimEnd(' ', '.') + extension : clean + extension;
    }

    // The extension is the last dot and up to eight letters or digits after it; a name that is nothing but an extension has none.
    private static (string Stem, string Extension) Split(string text)
    {
        var trimmed = text.TrimEnd(' ', '.', '\u3000');
        var dot = trimmed.LastIndexOf('.');
        if (dot < 0 || trimmed.Length - dot - 1 is 0 or > MaxExtensionLength || !trimmed[(dot + 1)..].All(char.IsAsciiLetterOrDigit))
        {
            return (trimmed, string.Empty);
        }

        return (trimmed[..dot], trimmed[dot..].ToLowerInvariant());
    }

    private static string Clean(string stem)
    {
        var clean = new StringBuilder(stem.Length);
        foreach (var rune in stem.EnumerateRunes())
        {
            clean.Append(IsSafe(rune) ? rune.ToString() : "_");
        }

        return clean.ToString();
    }

    private static bool IsSafe(Rune rune)
    {
        var category = Rune.GetUnicodeCategory(rune);
        return category is not (UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse
                or UnicodeCategory.OtherNotAssigned or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator)
            && rune.Value is not (':' or '*' or '?' or '"' or '<' or '>' or '|' or '#' or '%' or '&' or '\'' or '`' or '~')
            && !IsSlashLookAlike(rune.Value);
    }

    // Characters that read as a slash or a backslash: a name holding them looks like a path to whoever reads it.
    private static bool IsSlashLookAlike(int value) => value is
        0x2044 // FRACTION SLASH
        or 0x2215 // DIVISION SLASH
        or 0x2216 // SET MINUS
        or 0x29F5 // REVERSE SOLIDUS OPERATOR
        or 0x29F8 // BIG SOLIDUS
        or 0x29F9 // BIG REVERSE SOLIDUS
        or 0xFE68 // SMALL REVERSE SOLIDUS
        or 0xFF0F // FULLWIDTH SOLIDUS
        or 0xFF3C // FULLWIDTH REVERSE SOLIDUS
        or 0x1735 // PHILIPPINE SINGLE PUNCTUATION
        or 0x2571 // BOX DRAWINGS LIGHT DIAGONAL UPPER RIGHT TO LOWER LEFT
        or 0x2572 // BOX DRAWINGS LIGHT DIAGONAL UPPER LEFT TO LOWER RIGHT
        or 0x3033; // VERTICAL KANA REPEAT MARK UPPER HALF
}
