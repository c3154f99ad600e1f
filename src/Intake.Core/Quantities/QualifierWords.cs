namespace Intake.Core.Quantities;

/// <summary>The words around a number that bound it: 超过, 约, 不到 before; 余, 多, 以上, 以内, 左右 after.</summary>
internal static class QualifierWords
{
    private static readonly (string Word, Qualifier Qualifier)[] Prefixes =
    [
        ("超过", Qualifier.AtLeast),
        ("逾", Qualifier.AtLeast),
        ("大于", Qualifier.AtLeast),
        ("不超过", Qualifier.AtMost),
        ("不到", Qualifier.AtMost),
        ("不足", Qualifier.AtMost),
        ("低于", Qualifier.AtMost),
        ("约", Qualifier.Approx),
        ("近", Qualifier.Approx),
        ("大约", Qualifier.Approx),
        ("接近", Qualifier.Approx),
    ];

    private static readonly (string Word, Qualifier Qualifier)[] Suffixes =
    [
        ("余", Qualifier.AtLeast),
        ("多", Qualifier.AtLeast),
        ("以上", Qualifier.AtLeast),
        ("以内", Qualifier.AtMost),
        ("以下", Qualifier.AtMost),
        ("左右", Qualifier.Approx),
    ];

    /// <summary>Removes the longest qualifier word <paramref name="text"/> starts with.</summary>
    internal static bool TryStripPrefix(ref ReadOnlySpan<char> text, out Qualifier qualifier)
    {
        var length = 0;
        qualifier = Qualifier.Exact;
        foreach (var (word, meaning) in Prefixes)
        {
            if (word.Length > length && text.StartsWith(word, StringComparison.Ordinal))
            {
                length = word.Length;
                qualifier = meaning;
            }
        }

        text = text[length..];
        return length > 0;
    }

    /// <summary>Removes the longest qualifier word <paramref name="text"/> ends with.</summary>
    internal static bool TryStripSuffix(ref ReadOnlySpan<char> text, out Qualifier qualifier)
    {
        var length = 0;
        qualifier = Qualifier.Exact;
        foreach (var (word, meaning) in Suffixes)
        {
            if (word.Length > length && text.EndsWith(word, StringComparison.Ordinal))
            {
                length = word.Length;
                qualifier = meaning;
            }
        }

        text = text[..^length];
        return length > 0;
    }
}
