using Intake.Core.Catalog;
using Intake.Core.Periods;
using Intake.Core.Quantities;
using Intake.Core.Reading;

namespace Intake.Core.Layout;

/// <summary>
/// What a row is by what its cells hold, before any table says more: a line of metadata (报告期：…, a 填报单位 cell
/// beside the unit's name), a lone line of text (a title, a section), a row that could head a table (words only,
/// at least two of them, one a label word or a name), a row of units (次 盏 米), or a row holding quantities.
/// </summary>
internal static class RowShape
{
    private static readonly HashSet<string> ReporterKeys = Keys("填报单位", "报送单位", "填表单位", "导出单位", "单位名称");
    private static readonly HashSet<string> PeriodKeys = Keys("报告期", "统计期", "填报日期", "报送日期", "填表日期", "报告日期", "日期", "时间", "统计时间", "期间");
    private static readonly HashSet<string> UnitKeys = Keys("单位", "计量单位");


    /// <summary>True when a cell holds a quantity: a number, a date, or text such as 12次, 2000余, 无.</summary>
    public static bool IsQuantity(CellValue cell) =>
        cell.Value is not string text || QuantityParser.Parse(text).Status == QuantityParseStatus.Value;

    /// <summary>True when a cell is a placeholder for no value: —, -, /.</summary>
    public static bool IsPlaceholder(CellValue cell) =>
        cell.Value is string text && QuantityParser.Parse(text).Status == QuantityParseStatus.Empty;

    /// <summary>The row's non-empty cells, a merged range (the same cell side by side) once.</summary>
    public static IEnumerable<(int Column, CellValue Cell)> DistinctCells(SheetRow row)
    {
        for (var c = 0; c < row.Cells.Count; c++)
        {
            if (row.Cells[c] is { } cell && (c == 0 || !ReferenceEquals(cell, row.Cells[c - 1])))
            {
                yield return (c, cell);
            }
        }
    }

    /// <summary>True when the row holds one piece of text and nothing else: a title, a section line, a note.</summary>
    public static bool IsLoneText(SheetRow row)
    {
        var count = 0;
        foreach (var (_, cell) in DistinctCells(row))
        {
            if (cell.Value is not string || ++count > 1)
            {
                return false;
            }
        }

        return count == 1;
    }

    /// <summary>True when the row holds a quantity in any cell.</summary>
    public static bool HoldsQuantity(SheetRow row)
    {
        foreach (var cell in row.Cells)
        {
            if (cell is not null && IsQuantity(cell))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True for a line that states metadata: a cell <c>key：value</c> (报告期：2022年第13周, 单位：万米), a cell ending in
    /// a colon, or a key cell followed by a value that fits it (填报单位 | 峡窝镇, 报告期 | 2022年3月28日至4月3日).
    /// </summary>
    public static bool IsMetadata(SheetRow row, ReportCatalog catalog)
    {
        CellValue? key = null;
        foreach (var (_, cell) in DistinctCells(row))
        {
            if (key is not null && FitsKey(NameNormalizer.Normalize(key.Text), cell, catalog))
            {
                return true;
            }

            key = cell;
            if (cell.Value is string text && HasKeyColon(text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when the row could head a table: only words (no quantity, no placeholder), at least two distinct cells,
    /// one of them a label word, a name of the catalog, a measure, a unit or a total — or one such cell standing over
    /// a column right of the first; not metadata, not a footer.
    /// </summary>
    public static bool IsHeaderLike(SheetRow row, LabelReader labels)
    {
        var (cells, known, lone) = (0, false, false);
        foreach (var (column, cell) in DistinctCells(row))
        {
            if (cell.Value is not string text || IsQuantity(cell) || IsPlaceholder(cell))
            {
                return false;
            }

            cells++;
            var meaning = labels.Read(text);
            known |= meaning.IsKnown;
            // 本周 over a column of values, with the unnamed indicator column to its left, heads a table on its own.
            lone = column > 0 && meaning.NamesValues;
        }

        return (cells >= 2 || (cells == 1 && lone)) && known && !IsMetadata(row, labels.Catalog) && !RowLabels.IsFooter(FirstText(row));
    }

    /// <summary>
    /// True when a line opens with list numbering (一、 （二） 3. 4、): a section of a document, never its title.
    /// </summary>
    public static bool IsNumbered(string? text)
    {
        var line = text?.Normalize(System.Text.NormalizationForm.FormKC).TrimStart() ?? string.Empty;
        var at = line.StartsWith('(') ? 1 : 0;
        var digits = at;
        while (digits < line.Length && (char.IsAsciiDigit(line[digits]) || "一二三四五六七八九十".Contains(line[digits])))
        {
            digits++;
        }

        // 1. and 12、 number a list; 2022.3.28 and 3.5 are a date and an amount.
        var number = line[at..digits];
        var small = number.Length <= 2 || !number.Any(char.IsAsciiDigit);
        var dotted = digits + 1 < line.Length && line[digits] == '.' && char.IsAsciiDigit(line[digits + 1]);
        return digits > at && digits < line.Length && small && !dotted && (at == 1 ? line[digits] == ')' : line[digits] is '、' or '.' or ')');
    }

    /// <summary>The text of the row's first non-empty cell, or null.</summary>
    public static string? FirstText(SheetRow row)
    {
        foreach (var cell in row.Cells)
        {
            if (cell is not null)
            {
                return cell.Value as string;
            }
        }

        return null;
    }

    private static bool HasKeyColon(string text)
    {
        var normalized = text.Normalize(System.Text.NormalizationForm.FormKC);
        var colon = normalized.IndexOf(':');
        // 增速（单位：%） is a header with its unit, not a line of metadata.
        if (colon < 0 || normalized.LastIndexOfAny(['(', '[', '【'], colon) > normalized.LastIndexOfAny([')', ']', '】'], colon))
        {
            return false;
        }

        // 其中：新增 names a breakdown row, not metadata.
        var key = NameNormalizer.Normalize(normalized[..colon]);
        return key.Length > 0 && key != "其中";
    }

    private static bool FitsKey(string key, CellValue value, ReportCatalog catalog)
    {
        if (ReporterKeys.Contains(key))
        {
            return value.Value is string name && catalog.FindReportersIn(name).Count > 0;
        }

        if (PeriodKeys.Contains(key))
        {
            return value.Value is DateTime || (value.Value is string text && PeriodText.WritesAPeriod(text));
        }

        return UnitKeys.Contains(key) && value.Value is string unit && UnitConverter.Normalize(unit) is not null;
    }

    private static HashSet<string> Keys(params string[] words) =>
        words.Select(NameNormalizer.Normalize).ToHashSet(StringComparer.Ordinal);
}
