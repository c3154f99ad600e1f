namespace Intake.Core.Catalog;

/// <summary>
/// The org units, indicators and rules Intake knows, with lookups by any of their names
/// after <see cref="NameNormalizer"/>.
/// </summary>
public sealed class ReportCatalog
{
    private static readonly string[] ListSeparators = ["、", "及", "和", "与", ",", "/"];
    private readonly Dictionary<string, OrgUnit> _orgUnitsByCode;
    private readonly Dictionary<string, OrgUnit> _orgUnitsByName;
    private readonly Dictionary<string, Indicator> _indicatorsByCode;
    private readonly Dictionary<string, Indicator> _indicatorsByName;
    private readonly (string Name, OrgUnit Unit)[] _reporterNamesLongestFirst;

    public ReportCatalog(
        IReadOnlyList<OrgUnit> orgUnits,
        IReadOnlyList<Indicator> indicators,
        IReadOnlyList<ConsistencyRule> rules)
    {
        OrgUnits = orgUnits;
        Indicators = indicators;
        Rules = rules;
        _orgUnitsByCode = orgUnits.ToDictionary(u => u.Code.Value, StringComparer.OrdinalIgnoreCase);
        _indicatorsByCode = indicators.ToDictionary(i => i.Code.Value, StringComparer.OrdinalIgnoreCase);
        _orgUnitsByName = IndexByName(orgUnits, u => u.Names.Append(u.Code));
        _indicatorsByName = IndexByName(indicators, i => i.Names.Append(i.Code));
        // A free text writes a department's name with or without the district's 区 (城市管理局, 区城市管理局).
        _reporterNamesLongestFirst = orgUnits
            .Where(u => u.Kind != OrgUnitKind.District)
            .SelectMany(u => u.Names.Select(NameNormalizer.SearchKey)
                .SelectMany(n => n.Length > 4 && n.StartsWith('区') ? new[] { n, n[1..] } : [n])
                .Distinct()
                .Select(n => (Name: n, Unit: u)))
            .OrderByDescending(p => p.Name.Length)
            .ToArray();
    }

    public IReadOnlyList<OrgUnit> OrgUnits { get; }

    public IReadOnlyList<Indicator> Indicators { get; }

    public IReadOnlyList<ConsistencyRule> Rules { get; }

    /// <summary>The org units expected to report every week (<c>reports_weekly = yes</c>).</summary>
    public IEnumerable<OrgUnit> ExpectedReporters => OrgUnits.Where(u => u.ReportsWeekly);

    /// <summary>
    /// The department whose own figure is the district figure of an <see cref="DistrictValue.Owner"/> indicator:
    /// the first department among its reporters; null for <see cref="DistrictValue.Sum"/> indicators.
    /// </summary>
    public OrgUnit? OwnerOf(Indicator indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        return indicator.DistrictValue == DistrictValue.Owner
            ? indicator.Reporters.Select(OrgUnitByCode).FirstOrDefault(u => u?.Kind == OrgUnitKind.Department)
            : null;
    }

    public OrgUnit? OrgUnitByCode(string code) => _orgUnitsByCode.GetValueOrDefault(code);

    public Indicator? IndicatorByCode(string code) => _indicatorsByCode.GetValueOrDefault(code);

    /// <summary>The org unit a cell or header names exactly (by name, alias or code).</summary>
    public OrgUnit? FindOrgUnit(string? name)
    {
        var key = NameNormalizer.Normalize(name);
        if (_orgUnitsByName.TryGetValue(key, out var unit))
        {
            return unit;
        }

        // 城市管理局 is 区城市管理局 without the district's 区, 上街区城管局 the same with its full name.
        foreach (var prefix in DistrictPrefixes)
        {
            if (key.StartsWith(prefix, StringComparison.Ordinal) && _orgUnitsByName.TryGetValue(key[prefix.Length..], out unit))
            {
                return unit;
            }
        }

        return key.Length > 1 ? _orgUnitsByName.GetValueOrDefault("区" + key) : null;
    }

    /// <summary>
    /// The part of <paramref name="parent"/> a breakdown row names (其中：已整改 under 排查安全隐患 is 整改安全隐患): the
    /// indicator a rule of the catalog keeps within the parent whose names hold the breakdown's words, or null.
    /// </summary>
    public Indicator? BreakdownOf(Indicator parent, string? label)
    {
        ArgumentNullException.ThrowIfNull(parent);
        var key = NameNormalizer.Normalize(label);
        if (key.Length == 0)
        {
            return null;
        }

        return Rules
            .Where(r => r.Right == parent.Code && r.Operator is RuleOperator.LessOrEqual or RuleOperator.Less)
            .Select(r => IndicatorByCode(r.Left))
            .OfType<Indicator>()
            .FirstOrDefault(part => part.Names.Append(part.Code).Select(NameNormalizer.Normalize).Any(n => n.Contains(key, StringComparison.Ordinal) || key.Contains(n, StringComparison.Ordinal)));
    }

    private static readonly string[] DistrictPrefixes = ["上街区", "上街"];

    /// <summary>
    /// The indicator a header or row label names (by name, alias or code), also when the label lists
    /// several names of the same indicator (项目专题推进会、现场办公会).
    /// </summary>
    public Indicator? FindIndicator(string? name)
    {
        var key = NameNormalizer.Normalize(name);
        if (_indicatorsByName.TryGetValue(key, out var indicator))
        {
            return indicator;
        }

        var parts = key.Split(ListSeparators, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 2)
        {
            return null;
        }

        var found = parts.Select(p => _indicatorsByName.GetValueOrDefault(p)).Distinct().ToList();
        return found is [{ } only] ? only : null;
    }

    /// <summary>
    /// The departments and townships named anywhere in a free text (a title, a file name),
    /// longest name first so that 峡窝镇 wins over 峡窝; the district itself never names a reporter.
    /// </summary>
    public IReadOnlyList<OrgUnit> FindReportersIn(string? text) =>
        FindNamesIn(NameNormalizer.SearchKey(text)).Select(n => n.Unit).Distinct().ToList();

    /// <summary>
    /// Where the departments and townships are named in <paramref name="key"/> (a <see cref="NameNormalizer.SearchKey"/>),
    /// in the order they stand, each place once: longer names first, so that 峡窝镇 is not also 峡窝.
    /// </summary>
    public IReadOnlyList<(OrgUnit Unit, int Index, int Length)> FindNamesIn(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var found = new List<(OrgUnit Unit, int Index, int Length)>();
        var taken = new bool[key.Length];
        foreach (var (name, unit) in _reporterNamesLongestFirst)
        {
            for (var at = key.IndexOf(name, StringComparison.Ordinal); at >= 0; at = key.IndexOf(name, at + 1, StringComparison.Ordinal))
            {
                if (!taken.AsSpan(at, name.Length).Contains(true))
                {
                    taken.AsSpan(at, name.Length).Fill(true);
                    found.Add((unit, at, name.Length));
                }
            }
        }

        return found.OrderBy(f => f.Index).ToList();
    }

    private static Dictionary<string, T> IndexByName<T>(IEnumerable<T> items, Func<T, IEnumerable<string>> names)
    {
        var index = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            foreach (var name in names(item))
            {
                index.TryAdd(NameNormalizer.Normalize(name), item);
            }
        }

        return index;
    }
}
