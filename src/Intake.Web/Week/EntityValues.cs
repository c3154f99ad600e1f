using System.Globalization;
using Azure.Data.Tables;

namespace Intake.Web.Week;

/// <summary>
/// Reads a contract property whatever EDM type a writer gave it (a count may be Int32 or Double, a flag
/// Boolean or text): the week view depends on the names of the contract, not on one writer's types.
/// </summary>
public static class EntityValues
{
    public static string Text(TableEntity entity, string name) =>
        entity.TryGetValue(name, out var value) && value is not null ? Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty : string.Empty;

    public static double? Number(TableEntity entity, string name) =>
        entity.TryGetValue(name, out var value) ? value switch
        {
            double d => d,
            int i => i,
            long l => l,
            string s when double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) => parsed,
            _ => null,
        } : null;

    public static bool Flag(TableEntity entity, string name) =>
        entity.TryGetValue(name, out var value) && value switch
        {
            bool b => b,
            int i => i != 0,
            string s => s.Equals("true", StringComparison.OrdinalIgnoreCase) || s == "1",
            _ => false,
        };

    public static DateTimeOffset? Instant(TableEntity entity, string name) =>
        entity.TryGetValue(name, out var value) ? value switch
        {
            DateTimeOffset d => d,
            DateTime d => new DateTimeOffset(DateTime.SpecifyKind(d, DateTimeKind.Utc)),
            string s when DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed) => parsed,
            _ => null,
        } : null;
}
