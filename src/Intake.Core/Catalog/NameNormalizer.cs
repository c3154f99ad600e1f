using System.Collections.Concurrent;
using System.Text;

namespace Intake.Core.Catalog;

/// <summary>
/// Turns a header or row label into the key catalog names are matched by: NFKC (full-width
/// to half-width), no white space or quotes, no list numbering (<c>1、</c>, <c>（一）</c>),
/// no <c>其中：</c>, and no trailing unit in parentheses (<c>排查管道（万米）</c>).
/// </summary>
public static class NameNormalizer
{
    private const string Quotes = "\"'“”‘’「」『』《》";
    private const string ChineseDigits = "一二三四五六七八九十";

    // Labels repeat on every row of a table (six townships, a dozen indicators), and every row asks
    // several questions of its labels: keys already made are remembered, up to a bound, so that a
    // file of a million distinct labels cannot grow the cache without end.
    private const int RememberedKeys = 8192;
    private static readonly ConcurrentDictionary<string, string> Keys = new(StringComparer.Ordinal);
    private static int _remembered;

    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        if (Keys.TryGetValue(text, out var known))
        {
            return known;
        }

        var key = MakeKey(text);
        if (text.Length <= 256 && Interlocked.Increment(ref _remembered) <= RememberedKeys)
        {
            Keys.TryAdd(text, key);
        }

        return key;
    }

    private static string MakeKey(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormKC))
        {
            if (!char.IsWhiteSpace(c) && !char.IsControl(c) && !Quotes.Contains(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        var key = StripTrailingParenthesis(StripNumbering(builder.ToString()));
        return key.StartsWith("其中:", StringComparison.Ordinal) ? key[3..] : key;
    }

    /// <summary>
    /// The key a free text (a title, a file name) is searched in for names: NFKC, lower case, no white space or quotes,
    /// and nothing else taken out — a title's trailing （区城管局） is the very place it names its reporter.
    /// </summary>
    public static string SearchKey(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormKC))
        {
            if (!char.IsWhiteSpace(c) && !char.IsControl(c) && !Quotes.Contains(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    private static string StripTrailingParenthesis(string key)
    {
        if (key.Length == 0 || key[^1] != ')')
        {
            return key;
        }

        var open = key.LastIndexOf('(');
        return open > 0 ? key[..open] : key;
    }

    private static string StripNumbering(string key)
    {
        var i = 0;
        if (key.StartsWith('('))
        {
            var close = key.IndexOf(')');
            if (close > 1 && key[1..close].All(c => char.IsAsciiDigit(c) || ChineseDigits.Contains(c)))
            {
                return key[(close + 1)..];
            }

            return key;
        }

        while (i < key.Length && (char.IsAsciiDigit(key[i]) || ChineseDigits.Contains(key[i])))
        {
            i++;
        }

        return i > 0 && i < key.Length - 1 && key[i] is '、' or '.' or ')'
            ? key[(i + 1)..]
            : key;
    }
}
