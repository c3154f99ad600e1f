using System.Reflection;
using Intake.Core.Catalog;
using Intake.Core.Reports;

namespace Intake.Core.Tests.House;

/// <summary>
/// CONTRIBUTING.md, "Types inside, strings at the edges": every public member of Intake.Core that carries an org
/// unit's or an indicator's code carries it as <see cref="OrgUnitCode"/> or <see cref="IndicatorCode"/>.
/// </summary>
public sealed class CodeTypesTests
{
    // Members that name org units or indicators and what they hold instead of a code, each with its reason.
    private static readonly Dictionary<string, string> Edges = new()
    {
        ["ReportHints.Reporter"] = "what an uploader said (a code or a name), read by the metadata resolver",
        ["Indicator.Reporters"] = "the catalog file's reporter list, which holds the word townships beside codes",
        ["ReportIssue.Code"] = "an issue's code, not an org unit's or an indicator's",
        ["ConsistencyRule.Code"] = "a rule's code",
        ["ConsistencyRule.Right"] = "an indicator's code or a number (a target), told apart where the rule is checked",
        ["Period.Code"] = "a period's code; the period is the type",
        ["MetadataCandidate.Code"] = "a candidate for the reporter or the period, settled by one rule for both before it becomes a code or a Period",
        ["UploadMetadata.Reporter"] = "what the uploader gave, as blob metadata carries it (a code or a name)",
    };

    private static readonly string[] OrgUnitNames = ["OrgUnit", "Reporter", "Owner", "Parent"];

    private static readonly string[] IndicatorNames = ["Indicator", "Left", "Right"];

    private static IEnumerable<(Type Type, PropertyInfo Property)> CodeProperties() =>
        typeof(Fact).Assembly.GetExportedTypes()
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Select(p => (t, p)))
            .Where(x => OrgUnitNames.Contains(x.p.Name) || IndicatorNames.Contains(x.p.Name) || x.p.Name == "Code" || x.p.Name == "Reporters"
                || x.p.Name.EndsWith("OrgUnit", StringComparison.Ordinal) || x.p.Name.EndsWith("Reporter", StringComparison.Ordinal)
                || x.p.Name.EndsWith("Indicator", StringComparison.Ordinal))
            .Where(x => x.p.PropertyType == typeof(string) || x.p.PropertyType == typeof(OrgUnitCode) || x.p.PropertyType == typeof(OrgUnitCode?)
                || x.p.PropertyType == typeof(IndicatorCode) || x.p.PropertyType == typeof(IndicatorCode?) || x.p.PropertyType == typeof(IReadOnlyList<string>));

    [Fact]
    public void EveryCodeACoreTypeCarriesIsTyped()
    {
        var untyped = CodeProperties()
            .Where(x => !Edges.ContainsKey($"{x.Type.Name}.{x.Property.Name}"))
            .Where(x => x.Property.PropertyType == typeof(string) || x.Property.PropertyType == typeof(IReadOnlyList<string>))
            .Select(x => $"{x.Type.Name}.{x.Property.Name}")
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Empty(untyped);
    }

    [Fact]
    public void OrgUnitsAndIndicatorsAreNotTakenForEachOther()
    {
        var crossed = CodeProperties()
            .Where(x => (OrgUnitNames.Contains(x.Property.Name) && Nullable.GetUnderlyingType(x.Property.PropertyType) is var u && (u ?? x.Property.PropertyType) == typeof(IndicatorCode))
                || (IndicatorNames.Contains(x.Property.Name) && (Nullable.GetUnderlyingType(x.Property.PropertyType) ?? x.Property.PropertyType) == typeof(OrgUnitCode)))
            .Select(x => $"{x.Type.Name}.{x.Property.Name}")
            .ToList();

        Assert.Empty(crossed);
        Assert.Contains(CodeProperties(), x => x.Type == typeof(Fact) && x.Property.Name == nameof(Fact.Indicator));
    }

    [Fact]
    public void EveryEdgeStillHoldsAString()
    {
        var edges = CodeProperties()
            .Where(x => x.Property.PropertyType == typeof(string) || x.Property.PropertyType == typeof(IReadOnlyList<string>))
            .Select(x => $"{x.Type.Name}.{x.Property.Name}")
            .ToHashSet(StringComparer.Ordinal);

        var stale = Edges.Keys.Where(e => !edges.Contains(e)).ToList();

        Assert.Empty(stale);
    }
}
