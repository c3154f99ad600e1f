namespace Intake.Core.Quantities;

/// <summary>The unit words offices write, by canonical spelling and by alias.</summary>
internal static class KnownUnits
{
    private static readonly UnitDefinition[] Units =
    [
        new("米", "米", 1m),
        new("厘米", "米", 0.01m),
        new("公里", "米", 1_000m),
        // 千米 stays its own word because offices and the catalog both write it; it equals 公里.
        new("千米", "米", 1_000m),
        new("万米", "米", 10_000m),
        new("平方米", "平方米", 1m),
        new("万平方米", "平方米", 10_000m),
        new("平方公里", "平方米", 1_000_000m),
        new("公顷", "平方米", 10_000m),
        new("亩", "平方米", 10_000m / 15m),
        new("立方米", "立方米", 1m),
        new("方", "立方米", 1m),
        new("万立方米", "立方米", 10_000m),
        new("千克", "千克", 1m),
        new("公斤", "千克", 1m),
        new("吨", "千克", 1_000m),
        new("万吨", "千克", 10_000_000m),
        new("元", "元", 1m),
        new("千元", "元", 1_000m),
        new("万元", "元", 10_000m),
        new("亿元", "元", 100_000_000m),
        new("%", "%", 1m),
        new("人", "人", 1m, IsCountingWord: true),
        new("名", "人", 1m, IsCountingWord: true),
        new("万人", "人", 10_000m),
        // The counting words (量词) of reports: each counts its own things.
        .. CountingWords(
            "次", "人次", "户次", "家次", "批次", "场次", "架次", "车次", "盏", "个", "家", "座", "期", "处", "所", "项", "件", "户",
            "条", "台", "辆", "场", "批", "份", "篇", "起", "宗", "块", "棵", "株", "只", "头", "间", "套", "栋", "幢", "部", "本",
            "张", "封", "道", "组", "支", "队", "艘", "列", "趟", "轮", "遍", "回", "所次", "单"),
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

    private static IEnumerable<UnitDefinition> CountingWords(params string[] words) =>
        words.Select(word => new UnitDefinition(word, word, 1m, IsCountingWord: true));
}
