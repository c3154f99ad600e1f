using System.Text;
using Intake.Core.Tests.Support;
using Intake.Core.Workbooks;

namespace Intake.Core.Tests.Generator;

/// <summary>The formats offices save in: .xlsx, .xls (BIFF8), and CSV in UTF-8 (with or without BOM), GBK or UTF-16.</summary>
internal enum ReportFormat
{
    Xlsx,
    Xls,
    CsvUtf8,
    CsvUtf8Bom,
    CsvGbk,
    CsvUtf16,

    /// <summary>An HTML table saved as .xls, as web systems export.</summary>
    Html,
}

/// <summary>Writes a generated report's sheets as the bytes of a file of its format.</summary>
internal static class ReportFiles
{
    static ReportFiles() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static bool IsCsv(ReportFormat format) => format is >= ReportFormat.CsvUtf8 and <= ReportFormat.CsvUtf16;

    public static string Extension(ReportFormat format) => format switch
    {
        ReportFormat.Xlsx => ".xlsx",
        ReportFormat.Xls or ReportFormat.Html => ".xls",
        _ => ".csv",
    };

    public static byte[] Write(ReportFormat format, IReadOnlyList<SheetPlan> sheets) => format switch
    {
        ReportFormat.Xlsx => Xlsx(sheets),
        ReportFormat.Xls => XlsWorkbook.Write([.. sheets.Select(s => (s.Name, s.Rows.Select(r => r.Select(XlsCell).ToArray()).ToArray(), s.Merges.ToArray()))]).ToArray(),
        ReportFormat.Html => Html(sheets.Single()),
        _ => Csv(format, sheets.Single()),
    };

    private static byte[] Xlsx(IReadOnlyList<SheetPlan> sheets)
    {
        using var stream = new MemoryStream();
        using (var writer = new XlsxWriter(stream))
        {
            foreach (var plan in sheets)
            {
                var sheet = writer.AddSheet(plan.Name);
                foreach (var row in plan.Rows)
                {
                    sheet.Row([.. row.Select(c => c is PercentCell p ? new StyledCell(p.Fraction, CellStyle.Percent) : c)]);
                }

                plan.Merges.ForEach(m => sheet.Merge(m));
            }
        }

        return stream.ToArray();
    }

    // A web system's export: one table, horizontal merges as colspan, the cells they cover left out.
    private static byte[] Html(SheetPlan sheet)
    {
        var spans = sheet.Merges.Select(m => m.Split(':')).ToDictionary(
            m => m[0],
            m => ColumnOf(m[1]) - ColumnOf(m[0]) + 1);
        var text = new StringBuilder("<html><head><meta charset=\"utf-8\"></head><body><table border=\"1\">\n");
        for (var r = 0; r < sheet.Rows.Count; r++)
        {
            text.Append("<tr>");
            var row = sheet.Rows[r];
            for (var c = 0; c < row.Length; c++)
            {
                var span = spans.GetValueOrDefault($"{SheetPlan.Column(c)}{r + 1}", 1);
                var value = System.Net.WebUtility.HtmlEncode(Field(row[c], '\0'));
                text.Append(span > 1 ? $"<td colspan=\"{span}\">{value}</td>" : $"<td>{value}</td>");
                c += span - 1;
            }

            text.Append("</tr>\n");
        }

        return Encoding.UTF8.GetBytes(text.Append("</table></body></html>").ToString());
    }

    private static int ColumnOf(string cell) => cell.TakeWhile(char.IsAsciiLetter).Aggregate(0, (n, c) => n * 26 + (c - 'A' + 1)) - 1;

    private static object? XlsCell(object? cell) => cell is PercentCell p ? SpelledValue.Text(p.Fraction * 100) + "%" : cell;

    private static byte[] Csv(ReportFormat format, SheetPlan sheet)
    {
        var separator = format == ReportFormat.CsvUtf16 ? '\t' : ',';
        var text = new StringBuilder();
        foreach (var row in sheet.Rows)
        {
            text.AppendJoin(separator, row.Select(c => Field(c, separator))).Append(format == ReportFormat.CsvGbk ? "\r\n" : "\n");
        }

        var (encoding, preamble) = format switch
        {
            ReportFormat.CsvUtf8Bom => ((Encoding)new UTF8Encoding(false), new byte[] { 0xEF, 0xBB, 0xBF }),
            ReportFormat.CsvGbk => (Encoding.GetEncoding("GB18030"), []),
            ReportFormat.CsvUtf16 => (Encoding.Unicode, new byte[] { 0xFF, 0xFE }),
            _ => (new UTF8Encoding(false), []),
        };
        return [.. preamble, .. encoding.GetBytes(text.ToString())];
    }

    private static string Field(object? cell, char separator)
    {
        var text = cell switch
        {
            null => string.Empty,
            PercentCell p => SpelledValue.Text(p.Fraction * 100) + "%",
            string s => s,
            var number => Convert.ToString(number, System.Globalization.CultureInfo.InvariantCulture)!,
        };
        return text.Contains(separator) || text.Contains('"') || text.Contains('\n') ? $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : text;
    }
}
