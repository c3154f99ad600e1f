using System.Collections.Concurrent;
using Intake.Core.Catalog;
using Intake.Core.Quantities;

namespace Intake.Core.Layout;

/// <summary>
/// Reads labels into <see cref="LabelMeaning"/>s against one catalog. A table repeats its labels on every row (six
/// townships, a dozen indicators), so each text is read once and remembered, up to a bound: a file of a million
/// distinct labels cannot grow the memory without end. Safe to share between parses.
/// </summary>
internal sealed class LabelReader(ReportCatalog catalog)
{
    private const int RememberedLabels = 4096;
    private const int LongestRemembered = 128;
    private const int LongestLabel = 100;

    // Words for how much of a thing there is, which a header adds to its name: 走访企业次数, 排查管道长度.
    private static readonly string[] AmountWords = ["个数", "次数", "件数", "人数", "户数", "家数", "处数", "总数", "数量", "长度", "面积", "金额", "数"];
    private readonly ConcurrentDictionary<string, LabelMeaning> _known = new(StringComparer.Ordinal);

    public ReportCatalog Catalog => catalog;

    public LabelMeaning Read(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return LabelMeaning.Empty;
        }

        if (_known.TryGetValue(text, out var known))
        {
            return known;
        }

        var meaning = Interpret(text);
        if (text.Length <= LongestRemembered && _known.Count < RememberedLabels)
        {
            _known.TryAdd(text, meaning);
        }

        return meaning;
    }

    private LabelMeaning Interpret(string text)
    {
        var key = NameNormalizer.Normalize(text);
        if (key.Length == 0)
        {
            return LabelMeaning.Empty;
        }

        // A paragraph is no label: it names nothing a table's header or row would.
        if (key.Length > LongestLabel)
        {
            return LabelMeaning.Empty with { Name = key };
        }

        if (HeaderVocabulary.WordRole(key) is { } word)
        {
            return LabelMeaning.Empty with { Word = word, Name = key };
        }

        // 上周, 去年同期, 排查安全隐患（去年同期）: another time's figures, whatever name stands beside them.
        if (HeaderGrammar.NamesAnotherTime(text))
        {
            return LabelMeaning.Empty with { OtherTime = true, Name = key };
        }

        // 合计, 小计, and the district's own name in a table of its units (上街区 | 13 | 12): a total, never a fact.
        // By its code (shangjie in a bulk import) the district is a row of its own, which no one may report.
        var total = RowLabels.TotalOf(text);
        if (total == TotalKind.None && catalog.FindOrgUnit(text) is { Kind: OrgUnitKind.District } district
            && !string.Equals(key, district.Code, StringComparison.OrdinalIgnoreCase))
        {
            total = TotalKind.Grand;
        }

        var grammar = HeaderGrammar.Read(text);
        if (total != TotalKind.None)
        {
            // 合计, 本周小计: a total, with whatever measure its words name.
            return LabelMeaning.Empty with { Total = total, Measure = grammar.Measure, MeasureStated = grammar.MeasureStated, Unit = grammar.Unit, Name = key };
        }

        if (UnitConverter.Normalize(Unbracketed(text)) is { } unitWord)
        {
            return LabelMeaning.Empty with { Unit = unitWord, IsUnitWord = true, Name = key };
        }

        var unit = grammar.Unit ?? UnitConverter.FindHeaderUnit(text);
        if (grammar.IsMeasureOnly)
        {
            return LabelMeaning.Empty with { Measure = grammar.Measure, MeasureStated = grammar.MeasureStated, Unit = unit, ToDate = grammar.ToDate };
        }

        // A name of the catalog as written (新增就业), else the name left once its measure is split off (累计走访企业):
        // of the ways the words split, the one whose name the catalog knows (本期完成数 | 新增就业人数).
        Indicator? indicator = null;
        OrgUnit? orgUnit = null;
        if (catalog.FindIndicator(text) is null && catalog.FindOrgUnit(text) is null)
        {
            foreach (var reading in HeaderGrammar.ReadAll(text))
            {
                indicator = reading.Name.Length > 0 ? catalog.FindIndicator(reading.Name) : null;
                orgUnit = indicator is null && reading.Name.Length > 0 ? catalog.FindOrgUnit(reading.Name) : null;
                if (indicator is not null || orgUnit is not null)
                {
                    grammar = reading;
                    break;
                }
            }
        }
        else
        {
            indicator = catalog.FindIndicator(text);
            orgUnit = indicator is null ? catalog.FindOrgUnit(text) : null;
        }

        // 整修路灯数, 排查管道长度: a name and the word for its amount name the indicator.
        if (indicator is null && orgUnit is null && AmountWords.FirstOrDefault(w => key.Length > w.Length + 1 && key.EndsWith(w, StringComparison.Ordinal)) is { } amount)
        {
            indicator = catalog.FindIndicator(key[..^amount.Length]);
        }

        var named = indicator is not null || orgUnit is not null;
        return new LabelMeaning(
            null,
            indicator,
            orgUnit?.Code,
            named ? grammar.Measure : null,
            named && grammar.MeasureStated,
            unit,
            false,
            TotalKind.None,
            grammar.Name.Length > 0 ? grammar.Name : key) { ToDate = named ? grammar.ToDate : null };
    }

    // （盏）, (次), 【米】: a unit alone in brackets is still a unit alone.
    private static string Unbracketed(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length > 2 && "(（[［【〔".Contains(trimmed[0]) && ")）]］】〕".Contains(trimmed[^1]) ? trimmed[1..^1] : trimmed;
    }
}
