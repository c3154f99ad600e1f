using System.Globalization;
using Intake.Core.Reports;

namespace Intake.Core.Catalog;

/// <summary>
/// Loads a catalog from the three CSV files of <c>shared/domain</c>
/// (<c>org-units.csv</c>, <c>indicators.csv</c>, <c>rules.csv</c>): embedded as the default,
/// or from a folder that replaces it.
/// </summary>
public static class CatalogLoader
{
    public const string OrgUnitsFile = "org-units.csv";
    public const string IndicatorsFile = "indicators.csv";
    public const string RulesFile = "rules.csv";

    private static readonly Lazy<ReportCatalog> DefaultCatalog = new(LoadEmbedded);

    /// <summary>The catalog built into Intake.</summary>
    public static ReportCatalog Default => DefaultCatalog.Value;

    /// <summary>
    /// Loads a replacement catalog: a folder holding the three CSV files, or one JSON file with the
    /// arrays <c>orgUnits</c>, <c>indicators</c> and <c>rules</c> whose objects have the CSV columns as
    /// properties (lists such as aliases as JSON arrays or <c>|</c>-separated strings).
    /// </summary>
    public static ReportCatalog Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return Directory.Exists(path) ? LoadDirectory(path)
            : File.Exists(path) ? LoadJson(path)
            : throw new FileNotFoundException($"Catalog '{path}' is neither a folder nor a file.", path);
    }

    /// <summary>Loads the catalog from a folder holding the three CSV files.</summary>
    public static ReportCatalog LoadDirectory(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"Catalog folder '{directory}' does not exist.");
        }

        return Load(name => File.OpenText(Path.Combine(directory, name)));
    }

    private static ReportCatalog LoadJson(string file)
    {
        using var stream = File.OpenRead(file);
        using var document = System.Text.Json.JsonDocument.Parse(stream);
        var root = document.RootElement;
        return Checked(new ReportCatalog(
            CatalogJson.Records(root, "orgUnits", file).Select(ReadOrgUnit).ToList(),
            CatalogJson.Records(root, "indicators", file).Select(ReadIndicator).ToList(),
            CatalogJson.Records(root, "rules", file).Select(ReadRule).ToList()));
    }

    private static ReportCatalog LoadEmbedded()
    {
        var assembly = typeof(CatalogLoader).Assembly;
        return Load(name => new StreamReader(
            assembly.GetManifestResourceStream($"Intake.Core.Catalog.Default.{name}")
            ?? throw new InvalidOperationException($"Embedded catalog file {name} is missing.")));
    }

    private static ReportCatalog Load(Func<string, TextReader> open)
    {
        using var orgUnits = open(OrgUnitsFile);
        using var indicators = open(IndicatorsFile);
        using var rules = open(RulesFile);
        return Checked(new ReportCatalog(
            CatalogCsv.Read(orgUnits, OrgUnitsFile).Select(ReadOrgUnit).ToList(),
            CatalogCsv.Read(indicators, IndicatorsFile).Select(ReadIndicator).ToList(),
            CatalogCsv.Read(rules, RulesFile).Select(ReadRule).ToList()));
    }

    // An owner indicator without a department among its reporters would have no district figure of its own.
    private static ReportCatalog Checked(ReportCatalog catalog)
    {
        var orphan = catalog.Indicators.FirstOrDefault(i => i.DistrictValue == DistrictValue.Owner && catalog.OwnerOf(i) is null);
        return orphan is null
            ? catalog
            : throw new InvalidDataException($"Catalog file {IndicatorsFile}: '{orphan.Code}' has district_value owner but no department among its reporters.");
    }

    private static OrgUnit ReadOrgUnit(IReadOnlyDictionary<string, string> r)
    {
        var kind = ParseEnum<OrgUnitKind>(CatalogCsv.Required(r, "kind", OrgUnitsFile), OrgUnitsFile);
        return new OrgUnit(
            Code(CatalogCsv.Required(r, "code", OrgUnitsFile), OrgUnitsFile, s => new OrgUnitCode(s)),
            CatalogCsv.Required(r, "name_zh", OrgUnitsFile),
            CatalogCsv.Optional(r, "name_en"),
            kind,
            NullIfEmpty(CatalogCsv.Optional(r, "parent")) is { } parent ? Code(parent, OrgUnitsFile, s => new OrgUnitCode(s)) : null,
            CatalogCsv.List(r, "aliases"),
            ParseYesNo(CatalogCsv.Optional(r, "reports_weekly"), kind != OrgUnitKind.District));
    }

    private static Indicator ReadIndicator(IReadOnlyDictionary<string, string> r) => new(
        Code(CatalogCsv.Required(r, "code", IndicatorsFile), IndicatorsFile, s => new IndicatorCode(s)),
        CatalogCsv.Required(r, "name_zh", IndicatorsFile),
        CatalogCsv.List(r, "aliases"),
        CatalogCsv.Required(r, "unit", IndicatorsFile),
        ParseEnum<IndicatorValueType>(CatalogCsv.Required(r, "value_type", IndicatorsFile), IndicatorsFile),
        ParseEnum<Aggregation>(CatalogCsv.Required(r, "time_aggregation", IndicatorsFile), IndicatorsFile),
        ParseEnum<Aggregation>(CatalogCsv.Required(r, "unit_aggregation", IndicatorsFile), IndicatorsFile),
        CatalogCsv.List(r, "reporters"),
        ParseBound(CatalogCsv.Optional(r, "min")),
        ParseBound(CatalogCsv.Optional(r, "max")),
        CatalogCsv.Optional(r, "district_value") is { Length: > 0 } districtValue
            ? ParseEnum<DistrictValue>(districtValue, IndicatorsFile)
            : DistrictValue.Sum);

    // A catalog file's code that cannot be one is the file's error, named as the file's other errors are.
    private static TCode Code<TCode>(string text, string file, Func<string, TCode> make) =>
        Codes.IsValid(text) ? make(text) : throw new InvalidDataException($"Catalog file {file}: '{text}' is not a code (a code has no spaces and no '|').");

    private static ConsistencyRule ReadRule(IReadOnlyDictionary<string, string> r) => new(
        CatalogCsv.Required(r, "code", RulesFile),
        Code(CatalogCsv.Required(r, "left", RulesFile), RulesFile, s => new IndicatorCode(s)),
        CatalogCsv.Required(r, "operator", RulesFile) switch
        {
            "<=" => RuleOperator.LessOrEqual,
            "<" => RuleOperator.Less,
            ">=" => RuleOperator.GreaterOrEqual,
            ">" => RuleOperator.Greater,
            "=" or "==" => RuleOperator.Equal,
            var other => throw new InvalidDataException($"Catalog file {RulesFile}: unknown operator '{other}'."),
        },
        CatalogCsv.Required(r, "right", RulesFile),
        ParseEnum<Severity>(CatalogCsv.Required(r, "severity", RulesFile), RulesFile),
        CatalogCsv.Required(r, "message_zh", RulesFile),
        Target(CatalogCsv.Optional(r, "target_zh")));

    // How documents name a rule's target, with {value} where its number goes.
    private static string Target(string text) =>
        text.Length == 0 || text.Contains(TargetValue, StringComparison.Ordinal)
            ? text
            : throw new InvalidDataException($"Catalog file {RulesFile}: target_zh '{text}' must hold {TargetValue} where the number goes.");

    /// <summary>Where a rule's number goes in its <c>target_zh</c>.</summary>
    public const string TargetValue = "{value}";

    private static T ParseEnum<T>(string text, string fileName)
        where T : struct, Enum =>
        Enum.TryParse<T>(text, ignoreCase: true, out var value)
            ? value
            : throw new InvalidDataException($"Catalog file {fileName}: '{text}' is not a valid {typeof(T).Name}.");

    // Without the column (an older catalog), every department and township is expected weekly, the district not.
    private static bool ParseYesNo(string text, bool whenAbsent) => text.ToLowerInvariant() switch
    {
        "" => whenAbsent,
        "yes" or "true" or "y" or "1" or "是" => true,
        "no" or "false" or "n" or "0" or "否" => false,
        _ => throw new InvalidDataException($"Catalog file {OrgUnitsFile}: reports_weekly '{text}' is neither yes nor no."),
    };

    private static double? ParseBound(string text) =>
        text.Length == 0 ? null : double.Parse(text, CultureInfo.InvariantCulture);

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;
}
