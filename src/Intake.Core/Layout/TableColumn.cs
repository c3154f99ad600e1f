using Intake.Core.Catalog;
using Intake.Core.Reports;

namespace Intake.Core.Layout;

/// <summary>One column of a detected table, with what its header says about its values.</summary>
public sealed record TableColumn(
    int Index,
    ColumnRole Role,
    string HeaderText,
    string HeaderCell,
    Indicator? Indicator = null,
    Measure Measure = Measure.Period,
    string? HeaderUnit = null)
{
    /// <summary>The code of the org unit the header names (a township across the top), or null.</summary>
    public OrgUnitCode? OrgUnit { get; init; }

    /// <summary>True when a word of time in the header decides <see cref="Measure"/>; false when it is the default.</summary>
    public bool MeasureStated { get; init; }

    /// <summary>Whether the column is a 合计 or 小计 of the value columns beside it.</summary>
    public TotalKind Total { get; init; }

    /// <summary>The span of the year a year-to-date header names (1—2月份, 一季度累计), or null.</summary>
    public Periods.YearToDate? ToDate { get; init; }

    /// <summary>The run of value columns between 小计 columns this one belongs to, counted from the left.</summary>
    public int Group { get; init; }
}
