using System.Globalization;
using System.Text.Json;

namespace Intake.Core.Catalog;

/// <summary>Turns the objects of a JSON catalog into the same column dictionaries the CSV files give.</summary>
internal static class CatalogJson
{
    public static IEnumerable<IReadOnlyDictionary<string, string>> Records(JsonElement root, string name, string file)
    {
        if (!root.TryGetProperty(name, out var array) || array.ValueKind != JsonValueKind.Array)
        {
            throw new InvalidDataException($"Catalog file {file}: '{name}' must be an array.");
        }

        foreach (var item in array.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Object)
            {
                throw new InvalidDataException($"Catalog file {file}: every entry of '{name}' must be an object.");
            }

            yield return item.EnumerateObject().ToDictionary(p => p.Name, p => Text(p.Value), StringComparer.Ordinal);
        }
    }

    private static string Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.Number => value.GetDouble().ToString(CultureInfo.InvariantCulture),
        JsonValueKind.Array => string.Join('|', value.EnumerateArray().Select(Text)),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => string.Empty,
    };
}
