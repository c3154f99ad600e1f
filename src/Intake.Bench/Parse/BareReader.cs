using ExcelDataReader;

namespace Intake.Bench.Parse;

/// <summary>The baseline: ExcelDataReader alone, every cell of every sheet read once and nothing else done.</summary>
public static class BareReader
{
    public static long CountCells(string path)
    {
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        using var stream = File.OpenRead(path);
        using var reader = ExcelReaderFactory.CreateReader(stream);
        long cells = 0;
        do
        {
            while (reader.Read())
            {
                for (var c = 0; c < reader.FieldCount; c++)
                {
                    cells += reader.GetValue(c) is null ? 0 : 1;
                }
            }
        }
        while (reader.NextResult());

        return cells;
    }
}
