namespace Intake.Core.Reports;

/// <summary>What a value counts: this period's amount, or the year to date (累计, 截至目前).</summary>
public enum Measure
{
    Period,
    Cumulative,
}
