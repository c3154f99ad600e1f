using Intake.Core.Workbooks;

namespace Intake.Core.Tests.Support;

/// <summary>Builds small fixture workbooks in memory, one per test.</summary>
internal static class Workbook
{
    public static MemoryStream Xlsx(Action<XlsxWriter> build)
    {
        var stream = new MemoryStream();
        using (var writer = new XlsxWriter(stream))
        {
            build(writer);
        }

        stream.Position = 0;
        return stream;
    }

    public static MemoryStream Sheet(string name, params object?[][] rows) =>
        Xlsx(w =>
        {
            var sheet = w.AddSheet(name);
            foreach (var row in rows)
            {
                sheet.Row(row);
            }
        });

    /// <summary>Every cell of every sheet, as text, in reading order: to check what a written workbook shows.</summary>
    public static List<string> ReadAllText(Stream workbook)
    {
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        var cells = new List<string>();
        using var reader = ExcelDataReader.ExcelReaderFactory.CreateReader(workbook, new ExcelDataReader.ExcelReaderConfiguration { LeaveOpen = true });
        do
        {
            while (reader.Read())
            {
                for (var c = 0; c < reader.FieldCount; c++)
                {
                    if (reader.GetValue(c) is { } value)
                    {
                        cells.Add(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!);
                    }
                }
            }
        }
        while (reader.NextResult());

        return cells;
    }

    public static MemoryStream Csv(string text, System.Text.Encoding? encoding = null) =>
        new((encoding ?? new System.Text.UTF8Encoding(false)).GetBytes(text));
}
