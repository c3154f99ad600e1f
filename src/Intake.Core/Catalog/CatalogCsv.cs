using Intake.Core.Reading;

namespace Intake.Core.Catalog;

/// <summary>Reads one catalog CSV (header row, then records) into dictionaries by column name.</summary>
internal static class CatalogCsv
{
    public static IEnumerable<IReadOnlyDictionary<string, string>> Read(TextReader text, string fileName)
    {
        var reader = new CsvRecordReader(text);
        var fields = new List<string>();
        if (!reader.TryRead(fields))
        {
            throw new InvalidDataException($"Catalog file {fileName} is empty.");
        }

        var header = fields.Select(f => f.Trim().TrimStart('\uFEFF')).ToArray();
        while (reader.TryRead(fields))
        {
            if (fields.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            var record = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < header.Length; i++)
            {
                record[header[i]] = i < fields.Count ? fields[i].Trim() : string.Empty;
            }

            yield return record;
        }
    }

    public static string Required(IReadOnlyDictionary<string, string> record, string column, string fileName)
    {
        if (!record.TryGetValue(column, out var value) || value.Length == 0)
        {
            throw new InvalidDataException($"Catalog file {fileName}: column '{column}' is missing or empty.");
        }

        return value;
    }

    public static string Optional(IReadOnlyDictionary<string, string> record, string column) =>
        record.TryGetValue(column, out var value) ? value : string.Empty;

    public static IReadOnlyList<string> List(IReadOnlyDictionary<string, string> record, string column) =>
        Optional(record, column).Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
