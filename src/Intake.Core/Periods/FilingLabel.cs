namespace Intake.Core.Periods;

/// <summary>The labels that make a date the day a report was filed rather than the period it covers.</summary>
internal static class FilingLabel
{
    private static readonly string[] Labels = ["填报日期", "报送日期", "填表日期", "报告日期"];

    /// <summary>Whether a filing label, with or without a colon, ends right before <paramref name="index"/>.</summary>
    public static bool EndsBefore(string text, int index)
    {
        var end = SkipSpacesBackwards(text, index);
        var colon = end > 0 && text[end - 1] == ':';
        if (colon)
        {
            end = SkipSpacesBackwards(text, end - 1);
        }

        var before = text[..end];
        // Sheets label the filing date in many ways (填报日期, 报送日期, plain 日期), and web exports stamp
        // the moment they were made (导出时间, 生成时间); a colon marks any of them as a label.
        return colon
            ? before.EndsWith("日期", StringComparison.Ordinal) || before.EndsWith("时间", StringComparison.Ordinal)
            : Labels.Any(label => before.EndsWith(label, StringComparison.Ordinal));
    }

    private static int SkipSpacesBackwards(string text, int index)
    {
        while (index > 0 && char.IsWhiteSpace(text[index - 1]))
        {
            index--;
        }

        return index;
    }
}
