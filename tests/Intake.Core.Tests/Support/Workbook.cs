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

    public static MemoryStream Csv(string text, System.Text.Encoding? encoding = null) =>
        new((encoding ?? new System.Text.UTF8Encoding(false)).GetBytes(text));
}
