using Intake.Core.Messages;
using System.Net;
using System.Text;

namespace Intake.Core.Reading;

/// <summary>
/// Finds the tables of an HTML page — what web systems save as ".xls" — with a forgiving scan of
/// tags (no DOM, no regex): rows of cells with their colspan and rowspan, text with tags stripped
/// and entities decoded. Nested tables are flattened into their cell's text.
/// </summary>
internal static class HtmlTableScanner
{
    public static List<List<List<HtmlCell>>> Scan(string html, int maxCellLength)
    {
        var tables = new List<List<List<HtmlCell>>>();
        List<List<HtmlCell>>? table = null;
        List<HtmlCell>? row = null;
        StringBuilder? cell = null;
        var (colspan, rowspan, depth) = (1, 1, 0);
        var at = 0;
        while (at < html.Length)
        {
            var open = html.IndexOf('<', at);
            var text = open < 0 ? html[at..] : html[at..open];
            if (cell is not null && text.Length > 0)
            {
                cell.Append(text);
                if (cell.Length > maxCellLength * 4)
                {
                    throw new SpreadsheetLimitException(MessageCatalog.HtmlCellTooLong(maxCellLength));
                }
            }

            if (open < 0)
            {
                break;
            }

            var close = html.IndexOf('>', open);
            if (close < 0)
            {
                break;
            }

            var tag = html.AsSpan(open + 1, close - open - 1);
            at = close + 1;
            var name = TagName(tag, out var closing);
            if (!closing && name is "script" or "style")
            {
                var end = html.IndexOf("</" + name, at, StringComparison.OrdinalIgnoreCase);
                at = end < 0 ? html.Length : end;
                continue;
            }

            switch (name)
            {
                case "table" when !closing:
                    if (depth++ == 0)
                    {
                        table = [];
                    }

                    break;
                case "table" when depth > 0:
                    if (--depth == 0 && table is not null)
                    {
                        EndCell(row, ref cell, colspan, rowspan);
                        EndRow(table, ref row);
                        tables.Add(table);
                        table = null;
                    }

                    break;
                case "tr" when depth == 1 && table is not null:
                    EndCell(row, ref cell, colspan, rowspan);
                    EndRow(table, ref row);
                    if (!closing)
                    {
                        row = [];
                    }

                    break;
                case "td" or "th" when depth == 1 && table is not null:
                    EndCell(row, ref cell, colspan, rowspan);
                    if (!closing)
                    {
                        row ??= [];
                        cell = new StringBuilder();
                        colspan = Span(tag, "colspan");
                        rowspan = Span(tag, "rowspan");
                    }

                    break;
                case "br" or "p" or "div" when cell is not null:
                    cell.Append('\n');
                    break;
            }
        }

        return tables;
    }

    private static void EndCell(List<HtmlCell>? row, ref StringBuilder? cell, int colspan, int rowspan)
    {
        if (row is not null && cell is not null)
        {
            var text = WebUtility.HtmlDecode(cell.ToString()).Replace('\u00A0', ' ');
            row.Add(new HtmlCell(string.Join('\n', text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)), colspan, rowspan));
        }

        cell = null;
    }

    private static void EndRow(List<List<HtmlCell>> table, ref List<HtmlCell>? row)
    {
        if (row is not null)
        {
            table.Add(row);
        }

        row = null;
    }

    private static string TagName(ReadOnlySpan<char> tag, out bool closing)
    {
        closing = tag.StartsWith("/");
        var start = closing ? 1 : 0;
        var end = start;
        while (end < tag.Length && char.IsAsciiLetterOrDigit(tag[end]))
        {
            end++;
        }

        return tag[start..end].ToString().ToLowerInvariant();
    }

    // colspan="3", colspan=3 or colspan='3'; anything odd counts as 1, and spans are capped.
    private static int Span(ReadOnlySpan<char> tag, string attribute)
    {
        var at = tag.ToString().IndexOf(attribute, StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return 1;
        }

        var rest = tag[(at + attribute.Length)..].TrimStart().TrimStart('=').TrimStart().TrimStart('"').TrimStart('\'');
        var digits = 0;
        while (digits < rest.Length && digits < 4 && char.IsAsciiDigit(rest[digits]))
        {
            digits++;
        }

        return digits > 0 && int.TryParse(rest[..digits], out var span) ? Math.Clamp(span, 1, 1000) : 1;
    }
}
