namespace Intake.Core.Catalog;

/// <summary>Where an org unit sits in the district.</summary>
public enum OrgUnitKind
{
    District,
    Department,
    Township,
}
