using Intake.Core.Catalog;
using Intake.Core.Messages;
using Intake.Core.Reports;

namespace Intake.Core.Validation;

/// <summary>
/// Who may report which number, as China's 联网直报 holds it: only the reporting unit changes its data. A unit
/// reports about itself; a department reports about the townships only for the indicators whose catalog
/// <c>reporters</c> name both it and the townships (<c>townships</c>, or the township's own code); nobody reports
/// the district's own row, which the rollup computes.
/// </summary>
public static class ReportingScope
{
    /// <summary>The word of <see cref="Indicator.Reporters"/> that stands for every township.</summary>
    public const string Townships = "townships";

    /// <summary>True when <paramref name="reporter"/> may report <paramref name="indicator"/> about <paramref name="orgUnit"/>.</summary>
    public static bool Allows(OrgUnit reporter, OrgUnit orgUnit, Indicator indicator)
    {
        ArgumentNullException.ThrowIfNull(reporter);
        ArgumentNullException.ThrowIfNull(orgUnit);
        ArgumentNullException.ThrowIfNull(indicator);
        if (orgUnit.Kind == OrgUnitKind.District)
        {
            return false;
        }

        if (string.Equals(reporter.Code, orgUnit.Code, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return reporter.Kind == OrgUnitKind.Department && orgUnit.Kind == OrgUnitKind.Township
            && Names(indicator, reporter.Code)
            && (Names(indicator, Townships) || Names(indicator, orgUnit.Code));
    }

    /// <summary>
    /// An <see cref="IssueCodes.OrgUnitNotAllowed"/> error at the cell of every fact that its reporter may not
    /// report. Each pair of org unit and indicator is decided once: a history import holds hundreds of thousands.
    /// </summary>
    public static IssueList Check(ReportCatalog catalog, IEnumerable<Fact> facts, int maxIssues = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(facts);
        var issues = new IssueList(maxIssues);
        var decided = new Dictionary<(OrgUnitCode Reporter, OrgUnitCode OrgUnit, IndicatorCode Indicator), LocalizedText?>();
        foreach (var fact in facts)
        {
            var key = (fact.Reporter, fact.OrgUnit, fact.Indicator);
            if (!decided.TryGetValue(key, out var refusal))
            {
                refusal = Refusal(catalog, fact);
                decided[key] = refusal;
            }

            if (refusal is { } text)
            {
                issues.Add(new ReportIssue(Severity.Error, IssueCodes.OrgUnitNotAllowed, fact.Cell, fact.Indicator, text,
                    fact.Raw, MessageCatalog.ExpectedOwnFigures(catalog.OrgUnitByCode(fact.Reporter)?.NameZh ?? fact.Reporter)));
            }
        }

        return issues;
    }

    // Null when the fact may stand. Units and indicators the catalog does not know were reported where they were read.
    private static LocalizedText? Refusal(ReportCatalog catalog, Fact fact)
    {
        if (catalog.OrgUnitByCode(fact.Reporter) is not { } reporter
            || catalog.OrgUnitByCode(fact.OrgUnit) is not { } orgUnit
            || catalog.IndicatorByCode(fact.Indicator) is not { } indicator
            || Allows(reporter, orgUnit, indicator))
        {
            return null;
        }

        if (orgUnit.Kind == OrgUnitKind.District)
        {
            return MessageCatalog.DistrictRowNotReported(orgUnit.NameZh, indicator.NameZh, indicator.Code);
        }

        if (reporter.Kind == OrgUnitKind.Department && orgUnit.Kind == OrgUnitKind.Township)
        {
            var departments = indicator.Reporters
                .Select(catalog.OrgUnitByCode)
                .Where(u => u?.Kind == OrgUnitKind.Department)
                .Select(u => u!.NameZh)
                .ToList();
            return MessageCatalog.TownshipRowNotGiven(reporter.NameZh, orgUnit.NameZh, indicator.NameZh, indicator.Code, departments);
        }

        return MessageCatalog.OtherUnitsRow(reporter.NameZh, orgUnit.NameZh, indicator.NameZh, indicator.Code);
    }

    private static bool Names(Indicator indicator, string code) =>
        indicator.Reporters.Any(r => string.Equals(r, code, StringComparison.OrdinalIgnoreCase));
}
