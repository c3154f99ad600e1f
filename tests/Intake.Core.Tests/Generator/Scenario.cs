using Intake.Core.Catalog;

namespace Intake.Core.Tests.Generator;

/// <summary>
/// Who reports what: a township or a department about itself, or a department about the townships for the
/// indicators the catalog gives it (the only figures it may report of them).
/// </summary>
internal sealed record Scenario(OrgUnit Reporter, IReadOnlyList<OrgUnit> Subjects, IReadOnlyList<Indicator> Indicators)
{
    public bool OverTownships => Subjects.Count > 1 || Subjects[0] != Reporter;

    public static Scenario Own(Random random, ReportCatalog catalog)
    {
        var reporter = Pick(random, catalog.OrgUnits.Where(u => u.Kind != OrgUnitKind.District).ToList());
        var own = catalog.Indicators.Where(i => MayReport(catalog, reporter, i)).ToList();
        return new Scenario(reporter, [reporter], Some(random, own, 1, Math.Min(own.Count, 7)));
    }

    public static Scenario OverTheTownships(Random random, ReportCatalog catalog)
    {
        var townships = catalog.OrgUnits.Where(u => u.Kind == OrgUnitKind.Township).ToList();
        var departments = catalog.OrgUnits
            .Where(d => d.Kind == OrgUnitKind.Department && catalog.Indicators.Any(i => i.Reporters.Contains(d.Code) && i.Reporters.Contains("townships")))
            .ToList();
        var reporter = Pick(random, departments);
        var shared = catalog.Indicators.Where(i => i.Reporters.Contains(reporter.Code) && i.Reporters.Contains("townships")).ToList();
        var subjects = Some(random, townships, 2, townships.Count).OrderBy(townships.IndexOf).ToList();
        return new Scenario(reporter, subjects, Some(random, shared, 1, shared.Count));
    }

    public static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    /// <summary>Between <paramref name="least"/> and <paramref name="most"/> of the items, in their order.</summary>
    public static List<T> Some<T>(Random random, IReadOnlyList<T> items, int least, int most)
    {
        var count = random.Next(least, most + 1);
        return items.Select((item, i) => (item, key: random.Next())).OrderBy(p => p.key).Take(count).Select(p => p.item)
            .OrderBy(item => items.ToList().IndexOf(item)).ToList();
    }

    // A unit reports about itself every indicator whose reporters name it, or name the townships when it is one.
    private static bool MayReport(ReportCatalog catalog, OrgUnit unit, Indicator indicator) =>
        indicator.Reporters.Contains(unit.Code) || (unit.Kind == OrgUnitKind.Township && indicator.Reporters.Contains("townships"));
}
