namespace Intake.Core.Catalog;

/// <summary>How the district's own figure of an indicator is formed (<c>district_value</c> in indicators.csv).</summary>
public enum DistrictValue
{
    /// <summary>Every org unit does its share: the district figure is the sum over all org units, departments included.</summary>
    Sum,

    /// <summary>
    /// The owning department (the first department among the reporters) reports the district figure for itself;
    /// the sum over the other org units stands in when it has not.
    /// </summary>
    Owner,
}
