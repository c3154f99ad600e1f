namespace Intake.Core.Messages;

/// <summary>What the documents of a month, quarter or year tell when there is nothing to make them from.</summary>
public static partial class MessageCatalog
{
    public static LocalizedText PeriodNotBuilt(string name, string code) =>
        T($"{name}（{code}）尚未汇总：请等待定时汇总，或运行 intake rollup --period {code}。",
          $"{code} has not been rolled up yet: wait for the timer, or run intake rollup --period {code}.");

    public static LocalizedText InvalidLongPeriod(string code) =>
        T($"“{code}”不是月、季度或年（应写作 2022-03、2022-Q1 或 2022）。", $"'{code}' is not a month, quarter or year (2022-03, 2022-Q1, 2022).");
}
