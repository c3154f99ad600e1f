namespace Intake.Core.Periods;

/// <summary>Reads an Excel number format token by token, the way Excel does, to tell dates from numbers and durations.</summary>
internal static class NumberFormatTokens
{
    /// <summary>Whether <paramref name="format"/> shows a calendar date (see <see cref="ExcelDate.IsDateFormat"/>).</summary>
    public static bool ShowsDate(string format)
    {
        var date = false;
        var monthOrMinute = false;
        var time = false;
        for (var i = 0; i < format.Length; i++)
        {
            switch (char.ToLowerInvariant(format[i]))
            {
                case '"':
                    i = IndexOfOrEnd(format, '"', i + 1);
                    break;
                case '[':
                    var close = IndexOfOrEnd(format, ']', i + 1);
                    time |= IsElapsedTime(format.AsSpan(i + 1, close - i - 1));
                    i = close;
                    break;
                case '\\' or '_' or '*':
                    // The next char is a literal, a padding width or a fill character, never a token.
                    i++;
                    break;
                case 'g' when Continues(format, i, "general"):
                    i += "general".Length - 1;
                    break;
                case 'a' when Continues(format, i, "am/pm"):
                    i += "am/pm".Length - 1;
                    break;
                case 'a' when Continues(format, i, "a/p"):
                    i += "a/p".Length - 1;
                    break;
                case 'e' when i + 1 < format.Length && format[i + 1] is '+' or '-':
                    // Scientific notation, as in 0.00E+00.
                    i++;
                    break;
                case 'y' or 'd' or 'e' or '年' or '月' or '日':
                    date = true;
                    break;
                case 'm':
                    var run = RunLength(format, i);
                    // mmm and longer spell the month; m and mm are minutes next to h or s, else the month.
                    date |= run >= 3;
                    monthOrMinute = true;
                    i += run - 1;
                    break;
                case 'h' or 's':
                    time = true;
                    break;
            }
        }

        return date || (monthOrMinute && !time);
    }

    private static int IndexOfOrEnd(string format, char c, int from)
    {
        var index = format.IndexOf(c, from);
        return index < 0 ? format.Length : index;
    }

    private static bool Continues(string format, int at, string token) =>
        at + token.Length <= format.Length
        && string.Compare(format, at, token, 0, token.Length, StringComparison.OrdinalIgnoreCase) == 0;

    private static int RunLength(string format, int at)
    {
        var end = at;
        while (end < format.Length && char.ToLowerInvariant(format[end]) == 'm')
        {
            end++;
        }

        return end - at;
    }

    // [h], [mm] and [ss] are elapsed durations, the only bracket that speaks about the tokens outside it.
    private static bool IsElapsedTime(ReadOnlySpan<char> bracket) =>
        !bracket.IsEmpty && bracket.IndexOfAnyExcept("hmsHMS") < 0;
}
