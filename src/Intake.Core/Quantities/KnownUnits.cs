namespace Intake.Core.Quantities;

/// <summary>The unit words offices write, by canonical spelling and by alias.</summary>
internal static class KnownUnits
{
    private static readonly UnitDefinition[] Units =
    [
        new("米", "米", 1m),
        new("公里", "米", 1_000m),
        // 千米 stays its own word because offices and the catalog both write it; it equals 公里.
        new("千米", "米", 1_000m),
        new("万米", "米", 10_000m),
        new("元", "元", 1m),
        new("万元", "元", 10_000m),
        new("亿元", "元", 100_000_000m),
        new("%", "%", 1m),
        new("人", "人", 1m),
        new("名", "人", 1m),
        new("万人", "人", 10_000m),
        Count("次"),
        Count("架次"),
        Count("盏"),
        Count("个"),
        Count("家"),
        Count("座"),
        Count("期"),
        Count("处"),
        Count("所"),
        Count("项"),
        Count("件"),
        Count("户"),
        Count("条"),
    ];

    private static readonly (string Spelling, UnitDefinition Unit)[] Spellings =
    [
        .. Units.Select(unit => (unit.Word, unit)),
        ("km", Units.Single(unit => unit.Word == "公里")),
    ];

    /// <summary>The unit spelled exactly <paramref name="word"/> (Latin letters in any case), or null.</summary>
    internal static UnitDefinition? Find(ReadOnlySpan<char> word)
    {
        foreach (var (spelling, unit) in Spellings)
        {
            if (word.Equals(spelling, StringComparison.OrdinalIgnoreCase))
            {
                return unit;
            }
        }

        return null;
    }

    /// <summary>
    /// The longest unit spelling <paramref name="text"/> ends with, so that 架次 wins over 次 and
    /// 万米 over 米; null when the text ends with no unit.
    /// </summary>
    internal static UnitDefinition? FindAtEnd(ReadOnlySpan<char> text, out int spellingLength)
    {
        UnitDefinition? found = null;
        spellingLength = 0;
        foreach (var (spelling, unit) in Spellings)
        {
            if (spelling.Length > spellingLength && text.EndsWith(spelling, StringComparison.OrdinalIgnoreCase))
            {
                found = unit;
                spellingLength = spelling.Length;
            }
        }

        return found;
    }

    private static UnitDefinition Count(string word) => new(word, word, 1m);
}
