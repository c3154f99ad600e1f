using System.Text;
using Intake.Core.Quantities;
using Intake.Core.Reports;

namespace Intake.Core.Layout;

/// <summary>
/// A small grammar of value headers, read by what their words mean rather than matched whole:
/// <code>
/// header   := [measure] [name] [measure] { bracket }
/// measure  := { period-word | accumulation-word | value-word | date-word }   (one deciding word at least)
/// bracket  := （…） | (…) | 【…】 | […] | 〔…〕, holding a unit or a measure
/// </code>
/// A period word (本期, 本周, 本月, 本季, 本年, 当周, 当月, …) or a value word alone (数值, 数量,
/// 完成, 完成情况, 实际, …) makes the period measure; a word of accumulation (累计, 截至, 截止, 以来,
/// 年初至今, 今年, 全年, …) makes it cumulative, whatever else stands beside it (本年累计, 截至本周).
/// A span of the year (<see cref="SpanPhrase"/>) that opens it (一季度, 1-3月, 上半年累计) makes it cumulative too;
/// one that does not (二季度, 4-6月) speaks of another time. Words that speak of another time or of no amount
/// (上周, 去年同期, 计划, 目标, 完成率) are no measure words, so such headers name no measure and their columns are
/// reported, not stored. A measure is <em>stated</em> when a word of time decides it; a value word alone (数值)
/// names the period measure only for want of another.
/// </summary>
public static class HeaderGrammar
{
    private static readonly string[] AccumulationWords =
        ["年初至今", "自年初", "年初以来", "今年以来", "累计", "截至", "截止", "以来", "至今", "今年", "全年度", "全年", "年度", "ytd", "cumulative", "todate"];

    // 本/当/今 + a span of time.
    private static readonly string[] PeriodPrefixes = ["本", "当", "今"];
    private static readonly string[] PeriodSpans = ["季度", "年度", "期", "周", "月", "季", "年", "日", "天", "旬"];
    private static readonly string[] PeriodWordsInEnglish = ["thisperiod", "thisweek", "thismonth", "period", "week"];

    private static readonly string[] ValueWords =
        ["完成情况", "完成数", "完成值", "完成量", "完成", "实际", "数值", "数量", "数据", "数", "值", "量", "情况", "发生", "新增", "value", "amount"];

    // Words that anchor a time without deciding the measure: 截至[目前], 截至本周[末], 1-3月.
    private static readonly string[] DateWords = ["目前", "当前", "现在", "为止", "底", "末", "初", "份", "第", "号", "日", "止", "到", "至", "的", "共"];

    private static readonly (char Open, char Close)[] Brackets = [('(', ')'), ('[', ']'), ('【', '】'), ('〔', '〕'), ('<', '>'), ('{', '}')];

    private static readonly string[] AnchorWords = ["截至", "截止"];

    // The longest run of measure words a header holds (截至本周末累计完成情况 is 11): a longer text splits no further.
    private const int LongestMeasurePhrase = 20;

    // Another time than the report's: last year, the same period of another year, last week, month or quarter.
    private static readonly string[] OtherTimeWords = ["上年", "去年", "前年", "往年", "同期", "上期", "上周", "上月", "上季", "同比", "环比"];

    public static HeaderMeaning Read(string? header) => ReadAll(header).First();

    /// <summary>
    /// Every way the header's words can be read, the likeliest first: with the longest measure split off its name
    /// (本期完成数新增就业 → 本期完成数 + 新增就业?), then shorter ones (本期完成数 + 新增就业人数), then the words
    /// as one name. Which name a catalog knows tells the right reading; <see cref="Read"/> takes the first.
    /// </summary>
    public static IEnumerable<HeaderMeaning> ReadAll(string? header)
    {
        var text = Flatten(header);
        string? unit = null;
        MeasureReading? bracketMeasure = null;
        var outside = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var close = CloseOf(text[i]);
            var end = close is null ? -1 : text.IndexOf(close.Value, i + 1);
            if (end < 0)
            {
                outside.Append(text[i]);
                continue;
            }

            var inside = text[(i + 1)..end];
            if (UnitConverter.Normalize(inside) is { } word)
            {
                unit = word;
            }
            else if (ReadMeasure(inside) is { } measure)
            {
                bracketMeasure = Combine(bracketMeasure, measure);
            }
            else
            {
                outside.Append(text, i, end - i + 1);
            }

            i = end;
        }

        var rest = StripSlashUnit(outside.ToString(), ref unit);
        if (ReadMeasure(rest) is { } whole)
        {
            yield return Meaning(Combine(bracketMeasure, whole), string.Empty, unit);
            yield break;
        }

        foreach (var (name, measureAround) in StripMeasure(rest))
        {
            yield return Meaning(Combine(bracketMeasure, measureAround), name, unit);
        }
    }

    /// <summary>The measure a phrase names when the whole phrase is measure words, else null.</summary>
    public static Measure? MeasureOf(string phrase) => ReadMeasure(phrase)?.Measure;

    private static HeaderMeaning Meaning(MeasureReading? measure, string name, string? unit) =>
        new(measure?.Measure, name, unit, measure?.Stated ?? false) { ToDate = measure?.ToDate };

    private static MeasureReading? ReadMeasure(string phrase)
    {
        var text = Flatten(phrase);
        if (text.Length == 0)
        {
            return null;
        }

        var (deciding, stated, cumulative, anchored) = (false, false, false, false);
        bool? opensYear = null;
        Periods.YearToDate? toDate = null;
        var at = 0;
        while (at < text.Length)
        {
            if (Match(text, at, AccumulationWords) is { } accumulation)
            {
                // 截至3月底 dates the figure; the month after it is no span of its own.
                anchored |= Match(text, at, AnchorWords) is not null;
                (deciding, stated, cumulative, at) = (true, true, true, at + accumulation);
            }
            else if (!anchored && SpanPhrase.TryRead(text, at, out var span, out var opens))
            {
                (deciding, stated, opensYear, at) = (true, true, (opensYear ?? true) && opens is not null, at + span);
                toDate = opens ?? toDate;
            }
            else if (MatchPeriodWord(text, at) is { } period)
            {
                (deciding, stated, at) = (true, true, at + period);
            }
            else if (Match(text, at, ValueWords) is { } value)
            {
                (deciding, at) = (true, at + value);
            }
            else if (Match(text, at, DateWords) is { } date)
            {
                at += date;
            }
            else if (char.IsAsciiDigit(text[at]) || text[at] is '-' or '~' or '—' or '月' or '周' or '年')
            {
                at++;
            }
            else
            {
                return null;
            }
        }

        if (!deciding || opensYear == false)
        {
            return null;
        }

        return new MeasureReading(cumulative || opensYear == true ? Measure.Cumulative : Measure.Period, stated, toDate);
    }

    // 本周整修路灯, 整修路灯本周完成, 累计排查管道: a measure phrase before or after a name, longest first, and last the
    // text as one name. The name is cut only between two characters, never inside a surrogate pair (𠮷, emoji).
    private static IEnumerable<(string Name, MeasureReading? Measure)> StripMeasure(string text)
    {
        if (!SpeaksOfAnotherTime(text))
        {
            for (var length = Math.Min(text.Length - 1, LongestMeasurePhrase); length >= 2; length--)
            {
                if (!char.IsLowSurrogate(text[length]) && ReadMeasure(text[..length]) is { } leading && HasTimeWord(text[..length]))
                {
                    yield return (text[length..], leading);
                }

                if (!char.IsLowSurrogate(text[^length]) && ReadMeasure(text[^length..]) is { } trailing && HasTimeWord(text[^length..]))
                {
                    yield return (text[..^length], trailing);
                }
            }
        }

        yield return (text, null);
    }

    // 上年累计, 去年同期完成, 二季度累计: a header that opens with another time than the report's names no measure of
    // it, whatever words follow.
    private static bool SpeaksOfAnotherTime(string text) =>
        Match(text, 0, OtherTimeWords) is not null
        || (SpanPhrase.TryRead(text, 0, out _, out Periods.YearToDate? toDate) && toDate is null);

    /// <summary>
    /// True when a header or label speaks of another time than the report's — 上周, 去年同期, 二季度累计, or a name with
    /// such words in brackets (排查安全隐患（去年同期）): its figures are no figures of the report's period.
    /// </summary>
    public static bool NamesAnotherTime(string? header)
    {
        var text = Flatten(header);
        if (text.Length == 0)
        {
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            if (CloseOf(text[i]) is { } close && text.IndexOf(close, i + 1) is var end and > 0)
            {
                if (SpeaksOfAnotherTime(text[(i + 1)..end]))
                {
                    return true;
                }

                i = end;
            }
        }

        return SpeaksOfAnotherTime(text);
    }

    // A name may end in a value word of its own (发现问题数, 走访企业数): only a period or
    // accumulation word splits a measure off a name.
    private static bool HasTimeWord(string phrase) =>
        AccumulationWords.Any(w => phrase.Contains(w, StringComparison.Ordinal))
        || Enumerable.Range(0, phrase.Length).Any(i => MatchPeriodWord(phrase, i) is not null || SpanPhrase.TryRead(phrase, i, out _, out Periods.YearToDate? _));

    private static string StripSlashUnit(string text, ref string? unit)
    {
        var slash = text.LastIndexOf('/');
        if (slash > 0 && UnitConverter.Normalize(text[(slash + 1)..]) is { } word)
        {
            unit ??= word;
            return text[..slash];
        }

        return text;
    }

    private static MeasureReading? Combine(MeasureReading? a, MeasureReading? b) =>
        a is null ? b : b is null ? a
        : new MeasureReading(a.Value.Measure == Measure.Cumulative || b.Value.Measure == Measure.Cumulative ? Measure.Cumulative : Measure.Period,
            a.Value.Stated || b.Value.Stated, a.Value.ToDate ?? b.Value.ToDate);

    private readonly record struct MeasureReading(Measure Measure, bool Stated, Periods.YearToDate? ToDate = null);

    private static int? MatchPeriodWord(string text, int at)
    {
        if (Match(text, at, PeriodWordsInEnglish) is { } english)
        {
            return english;
        }

        if (Match(text, at, PeriodPrefixes) is not { } prefix)
        {
            return null;
        }

        return Match(text, at + prefix, PeriodSpans) is { } span ? prefix + span : null;
    }

    private static int? Match(string text, int at, string[] words)
    {
        foreach (var word in words)
        {
            if (at + word.Length <= text.Length && string.CompareOrdinal(text, at, word, 0, word.Length) == 0)
            {
                return word.Length;
            }
        }

        return null;
    }

    private static char? CloseOf(char open)
    {
        foreach (var (o, c) in Brackets)
        {
            if (o == open)
            {
                return c;
            }
        }

        return null;
    }

    // NFKC (（）→(), full-width letters), lower case, no white space, quotes or list numbering.
    private static string Flatten(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormKC))
        {
            if (!char.IsWhiteSpace(c) && !char.IsControl(c) && c is not ('"' or '\'' or '“' or '”' or '‘' or '’' or ':' or '：'))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        var flat = builder.ToString();
        return flat.StartsWith("其中", StringComparison.Ordinal) ? flat[2..] : flat;
    }
}
