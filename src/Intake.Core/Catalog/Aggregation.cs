namespace Intake.Core.Catalog;

/// <summary>How values combine: across periods inside a week, or across org units into the district.</summary>
public enum Aggregation
{
    Sum,
    Last,
}
