using System.Globalization;
using System.Text;
using ExcelDataReader;

namespace Intake.IntegrationTests.Support;

/// <summary>Reads every sheet of a workbook as rows of cell text, with ExcelDataReader (the reader the parser uses too).</summary>
internal static class WorkbookText
{
    public static Dictionary<string, List<string[]>> Read(string path)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        using var stream = File.OpenRead(path);
        using var reader = ExcelReaderFactory.CreateReader(stream);
        var sheets = new Dictionary<string, List<string[]>>();
        do
        {
            var rows = new List<string[]>();
            while (reader.Read())
            {
                rows.Add(Enumerable.Range(0, reader.FieldCount).Select(i => Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture) ?? string.Empty).ToArray());
            }

            sheets[reader.Name] = rows;
        }
        while (reader.NextResult());
        return sheets;
    }
}
