namespace Intake.Core.Quantities;

/// <summary>Converts between the unit words offices write and the units the catalog stores.</summary>
public static class UnitConverter
{
    // Within this range a double's 15 significant digits survive the trip through decimal.
    private const double DecimalSafeMin = 1e-12;
    private const double DecimalSafeMax = 1e15;

    private static ReadOnlySpan<char> OpeningBrackets => "(（[［【〔";
    private static ReadOnlySpan<char> ClosingBrackets => ")）]］】〕";

    /// <summary>
    /// Converts value from unit <paramref name="from"/> to unit <paramref name="to"/> (catalog unit).
    /// Same unit → unchanged. Returns false when the units are of different dimensions or unknown.
    /// </summary>
    public static bool TryConvert(double value, string from, string to, out double converted)
    {
        if (string.Equals(from, to, StringComparison.Ordinal) && Find(to) is not null)
        {
            converted = value;
            return true;
        }

        var source = Find(from);
        var target = Find(to);
        if (source is null || target is null || source.BaseUnit != target.BaseUnit)
        {
            converted = 0;
            return false;
        }

        converted = source.Factor == target.Factor ? value : Scale(value, source.Factor / target.Factor);
        return true;
    }

    /// <summary>
    /// True when both words count things (次, 处, 盏, 人…) and differ: a clerk who writes 次 over a catalog 处 counts
    /// the same things in other words, which no factor converts and no reader would call another quantity.
    /// </summary>
    public static bool AreOtherCountingWords(string from, string to) =>
        Find(from) is { IsCountingWord: true } source && Find(to) is { IsCountingWord: true } target && source.BaseUnit != target.BaseUnit;

    /// <summary>
    /// Canonical spelling of a unit word (km and ｋｍ → 公里; 千米 is its own word, equal to 公里),
    /// or null when not a known unit.
    /// </summary>
    public static string? Normalize(string unit) => Find(unit)?.Word;

    /// <summary>
    /// Finds a unit written at the end of a header, e.g. "排查管道（万米）" → "万米", "清淤(米)" → "米",
    /// "金额/万元" → "万元", "增速（单位：%）" → "%"; null when none.
    /// </summary>
    public static string? FindHeaderUnit(string header)
    {
        // The unit is located on the raw header, so only the few characters naming it get normalized.
        var text = header.AsSpan().TrimEnd();
        if (text.IsEmpty)
        {
            return null;
        }

        if (ClosingBrackets.Contains(text[^1]))
        {
            var opening = text.LastIndexOfAny(OpeningBrackets);
            return opening < 0 ? null : FindNamed(text[(opening + 1)..^1]);
        }

        var slash = text.LastIndexOfAny('/', '／');
        if (slash >= 0)
        {
            return FindNamed(text[(slash + 1)..]);
        }

        return text[^1] is '%' or '％' ? "%" : null;
    }

    /// <summary>A unit written alone or as 单位：万元.</summary>
    private static string? FindNamed(ReadOnlySpan<char> text)
    {
        Span<char> buffer = stackalloc char[QuantityText.BufferLength];
        if (!QuantityText.TryCompact(text, buffer, out var length))
        {
            return null;
        }

        ReadOnlySpan<char> name = buffer[..length];
        if (name.StartsWith("单位:", StringComparison.Ordinal))
        {
            name = name["单位:".Length..];
        }

        return KnownUnits.Find(name)?.Word;
    }

    private static UnitDefinition? Find(string? unit)
    {
        Span<char> buffer = stackalloc char[QuantityText.BufferLength];
        return QuantityText.TryCompact(unit, buffer, out var length) ? KnownUnits.Find(buffer[..length]) : null;
    }

    /// <summary>Scales through decimal so that 1.1 公里 is 1100 米, not 1100.0000000000002.</summary>
    private static double Scale(double value, decimal ratio)
    {
        var magnitude = Math.Abs(value);
        if (magnitude is < DecimalSafeMin or > DecimalSafeMax || !double.IsFinite(value))
        {
            return value * (double)ratio;
        }

        return (double)((decimal)value * ratio);
    }
}
