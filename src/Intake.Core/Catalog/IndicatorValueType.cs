namespace Intake.Core.Catalog;

/// <summary>What kind of number an indicator holds; percent is stored in percent points.</summary>
public enum IndicatorValueType
{
    Integer,
    Decimal,
    Percent,
}
