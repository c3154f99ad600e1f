namespace Intake.Core.Layout;

/// <summary>
/// A span of the year named in a header, the way offices head a column of year-to-date figures:
/// <code>
/// span   := 上半年 | 下半年 | 前 number (季度 | 季 | 个月 | 月)
///         | [第] number (季度 | 季)
///         | number [月] range number 月 [份] | number 月 [份]
/// range  := - | ~ | — | – | 至 | 到
/// number := digits | 一 … 十二
/// </code>
/// A span that opens the year (一季度, 1-3月, 1—2月份, 上半年, 前三季度) reaches from January 1 and so is a
/// cumulative figure; any other (二季度, 4-6月, 下半年, 3月) is the amount of another time than the report's.
/// </summary>
internal static class SpanPhrase
{
    private static readonly string[] QuarterUnits = ["季度", "季"];
    private static readonly string[] MonthUnits = ["个月", "月"];
    private const string RangeMarks = "-~—–至到";

    /// <summary>
    /// Reads a span at <paramref name="at"/>; false when none starts there. <paramref name="toDate"/> is the span when
    /// it opens the year, null when it starts later.
    /// </summary>
    public static bool TryRead(string text, int at, out int length, out Periods.YearToDate? toDate)
    {
        var read = TryRead(text, at, out length, out var opensYear, out var endMonth, out var quarters);
        toDate = read && opensYear ? new Periods.YearToDate(endMonth, quarters) : null;
        return read;
    }

    private static bool TryRead(string text, int at, out int length, out bool opensYear, out int endMonth, out bool quarters)
    {
        (length, opensYear, endMonth, quarters) = (0, false, 0, false);
        if (Starts(text, at, "上半年") || Starts(text, at, "下半年"))
        {
            (length, opensYear, endMonth) = (3, text[at] == '上', text[at] == '上' ? 6 : 12);
            return true;
        }

        var i = at;
        if (i < text.Length && text[i] == '前' && TryNumber(text, i + 1, out var front, out var counted)
            && (Unit(text, i + 1 + counted, QuarterUnits) ?? Unit(text, i + 1 + counted, MonthUnits)) is { } frontUnit)
        {
            quarters = Unit(text, i + 1 + counted, QuarterUnits) is not null;
            (length, opensYear, endMonth) = (1 + counted + frontUnit, true, quarters ? front * 3 : front);
            return endMonth is >= 1 and <= 12;
        }

        var ordinal = i < text.Length && text[i] == '第' ? 1 : 0;
        if (!TryNumber(text, i + ordinal, out var first, out var digits))
        {
            return false;
        }

        i += ordinal + digits;
        if (Unit(text, i, QuarterUnits) is { } quarter)
        {
            (length, opensYear, endMonth, quarters) = (i + quarter - at, first == 1, first * 3, true);
            return first is >= 1 and <= 4;
        }

        if (ordinal == 1)
        {
            return false;
        }

        var monthMark = i < text.Length && text[i] == '月' ? 1 : 0;
        if (i + monthMark < text.Length && RangeMarks.Contains(text[i + monthMark])
            && TryNumber(text, i + monthMark + 1, out var last, out var lastDigits)
            && i + monthMark + 1 + lastDigits < text.Length && text[i + monthMark + 1 + lastDigits] == '月')
        {
            var end = i + monthMark + 1 + lastDigits + 1;
            end += end < text.Length && text[end] == '份' ? 1 : 0;
            (length, opensYear, endMonth) = (end - at, first == 1, last);
            return first is >= 1 and <= 12 && last is >= 1 and <= 12 && last >= first;
        }

        if (monthMark == 1)
        {
            var end = i + 1 + (i + 1 < text.Length && text[i + 1] == '份' ? 1 : 0);
            (length, opensYear, endMonth) = (end - at, first == 1, first);
            return first is >= 1 and <= 12;
        }

        return false;
    }

    private static int? Unit(string text, int at, string[] units)
    {
        foreach (var unit in units)
        {
            if (Starts(text, at, unit))
            {
                return unit.Length;
            }
        }

        return null;
    }

    private static bool Starts(string text, int at, string word) =>
        at + word.Length <= text.Length && string.CompareOrdinal(text, at, word, 0, word.Length) == 0;

    // 1, 12, 一, 十二: the numbers of months and quarters.
    private static bool TryNumber(string text, int at, out int value, out int length)
    {
        (value, length) = (0, 0);
        while (at + length < text.Length && length < 2 && char.IsAsciiDigit(text[at + length]))
        {
            value = value * 10 + (text[at + length] - '0');
            length++;
        }

        if (length > 0)
        {
            return at + length >= text.Length || !char.IsAsciiDigit(text[at + length]);
        }

        // 两 counts as 二 before a unit: 前两个月, 两个季度.
        if (at < text.Length && text[at] == '两')
        {
            (value, length) = (2, 1);
            return true;
        }

        return Periods.SmallChineseNumeral.TryRead(text, at, out value, out length);
    }
}
