namespace Intake.Core.Catalog;

/// <summary>
/// The district, a department or a township, with the other names it goes by; <see cref="ReportsWeekly"/>
/// says whether a report is expected from it every week.
/// </summary>
public sealed record OrgUnit(
    OrgUnitCode Code,
    string NameZh,
    string NameEn,
    OrgUnitKind Kind,
    OrgUnitCode? Parent,
    IReadOnlyList<string> Aliases,
    bool ReportsWeekly = false)
{
    /// <summary>The Chinese name first, then the aliases.</summary>
    public IEnumerable<string> Names => Aliases.Prepend(NameZh);
}
