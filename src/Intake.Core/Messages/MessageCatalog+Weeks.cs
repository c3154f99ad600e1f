namespace Intake.Core.Messages;

/// <summary>What is said of a week's rollup to whoever asks for its documents.</summary>
public static partial class MessageCatalog
{
    public static LocalizedText WeekNotBuilt(string week) =>
        T($"{week} 尚未汇总：每周一早上自动汇总上一周，也可以现在重新汇总", $"{week} has not been rolled up yet: the timer builds each week on Monday morning, or rebuild it now");

    public static LocalizedText RunRollupFirst(string week) =>
        T($"请先运行 intake rollup --week {week}", $"run intake rollup --week {week} first");

    public static LocalizedText WeekRebuilt(string week) => T($"已重新汇总 {week}", $"{week} rebuilt");
}
