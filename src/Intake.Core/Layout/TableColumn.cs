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
    string? HeaderUnit = null);
