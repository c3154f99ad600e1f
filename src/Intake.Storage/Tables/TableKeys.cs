namespace Intake.Storage.Tables;

/// <summary>
/// Key layout of the Intake tables (docs/storage-schema.md). Parts are joined with <c>|</c>, which
/// no code contains; <c>}</c> is the next character, so <c>prefix|</c> .. <c>prefix}</c> is a key range.
/// </summary>
public static class TableKeys
{
    public const char Separator = '|';

    /// <summary>The partition of a report whose period could not be settled (a rejected report).</summary>
    public const string UnknownPeriod = "unknown";

    public const string UnknownReporter = "unknown";

    public static string Join(params string[] parts) => string.Join(Separator, parts);

    /// <summary>The exclusive upper bound of the key range of everything that starts with <paramref name="prefix"/>.</summary>
    public static string RangeEnd(string prefix) => prefix + '}';

    public static string ReportKey(string reporter, string form) => Join(reporter, form) + Separator;
}
