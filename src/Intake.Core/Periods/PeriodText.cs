namespace Intake.Core.Periods;

/// <summary>Finds the reporting period in what offices write: cells, titles, file names and blob paths.</summary>
public static class PeriodText
{
    /// <summary>
    /// Finds the period expressions in a free text (a cell like 报告期：2022年第13周, a title, a file name
    /// 城管局2022年第13周周报.xlsx, a blob path 2022-W13/cgj.xlsx), in order, each period once per
    /// <see cref="PeriodSource"/>; empty when there is none. Only the first 4096 chars are read.
    /// <paramref name="defaultYear"/> completes expressions without a year (第13周, 一季度, 3月21日-3月27日).
    /// Never throws.
    /// </summary>
    public static IReadOnlyList<PeriodMatch> FindAll(string? text, int? defaultYear = null)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        var normalized = NormalizedText.Create(text);
        var grammar = new PeriodGrammar(normalized.Value, defaultYear);
        var matches = new List<PeriodMatch>();
        for (var position = 0; position < normalized.Value.Length;)
        {
            if (grammar.ReadAt(position) is not { } reading)
            {
                position++;
                continue;
            }

            if (ToMatch(normalized, position, reading) is { } match
                && !matches.Exists(m => m.Period == match.Period && m.Kind == match.Kind))
            {
                matches.Add(match);
            }

            position = reading.End;
        }

        return matches;
    }

    /// <summary>
    /// Years that try whether a text writes a period without its year: a range of days (3月28日-4月3日) makes one ISO
    /// week in some years and not in others, and in one of these every weekday falls on a Monday.
    /// </summary>
    public static IReadOnlyList<int> ProbeYears { get; } = [2018, 2019, 2020, 2021, 2022, 2023, 2024];

    /// <summary>True when the text writes a period, with its year or without (第13周, 3月28日-4月3日).</summary>
    public static bool WritesAPeriod(string? text) =>
        FindAll(text).Count > 0 || ProbeYears.Any(year => FindAll(text, year).Count > 0);

    /// <summary>
    /// Parses a whole cell value that is a date written as text (2022年4月1日, 2022-04-01, 2022/4/1, 2022.4.1),
    /// optionally followed by a time of day (2022/4/1 0:00:00), which is ignored.
    /// </summary>
    public static bool TryParseDate(string? text, out DateOnly date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var cursor = new TextCursor(NormalizedText.Create(text).Value.Trim(), 0);
        if (!PeriodGrammar.TryReadFullDate(cursor, out var year, out var month, out var day)
            || CalendarRange.DateOf(year, month, day) is not { } parsed)
        {
            return false;
        }

        SkipTimeOfDay(cursor);
        if (!cursor.AtEnd)
        {
            return false;
        }

        date = parsed;
        return true;
    }

    private static PeriodMatch? ToMatch(NormalizedText normalized, int start, PeriodReading reading)
    {
        if (reading.Period is not { } period)
        {
            return null;
        }

        var (index, length) = normalized.ToOriginal(start, reading.End);
        if (reading.IsLoneDate && FilingLabel.EndsBefore(normalized.Value, start))
        {
            return Period.TryWeekContaining(period.Start) is { } week
                ? new PeriodMatch(week, PeriodSource.FilingDate, index, length, reading.YearInferred)
                : null;
        }

        return new PeriodMatch(period, PeriodSource.Explicit, index, length, reading.YearInferred);
    }

    // 9:30, 09:30:00: a date exported as text often keeps the midnight it was stored with.
    private static void SkipTimeOfDay(TextCursor cursor)
    {
        var start = cursor.Position;
        cursor.SkipSpaces();
        if (cursor.TryDigits(1, 2, out var hour) && hour < 24
            && cursor.TryChar(':') && cursor.TryDigits(2, 2, out var minute) && minute < 60)
        {
            var minuteEnd = cursor.Position;
            if (!(cursor.TryChar(':') && cursor.TryDigits(2, 2, out var second) && second < 60))
            {
                cursor.Position = minuteEnd;
            }

            return;
        }

        cursor.Position = start;
    }
}
