using Intake.Core.Catalog;
using Intake.Core.Periods;
using Intake.Core.Quantities;
using Intake.Core.Reading;
using Intake.Core.Reports;

namespace Intake.Core.Layout;

/// <summary>
/// A value read from a sheet, before the report's reporter and period are settled:
/// <see cref="OrgUnit"/> and <see cref="Period"/> are null when the table does not say.
/// <see cref="Group"/> numbers the run of rows between subtotals and <see cref="ColumnGroup"/> the run of columns
/// between subtotal columns, so that a 小计 checks its own rows or columns; <see cref="Table"/> numbers the tables
/// of a sheet, so that a 合计 adds up its own table. A struct, held in chunks
/// (<see cref="Collections.ChunkedList{T}"/>): a history import reads hundreds of thousands, and the report's
/// <see cref="Fact"/>s are made from them only when they are read.
/// </summary>
public readonly record struct RawFact(
    OrgUnitCode? OrgUnit,
    IndicatorCode Indicator,
    string? Period,
    Measure Measure,
    double Value,
    Qualifier Qualifier,
    string Unit,
    CellText Raw,
    CellRef Cell,
    TotalKind Total = TotalKind.None,
    int Group = 0,
    TotalAxis Axis = TotalAxis.Row,
    int ColumnGroup = 0,
    int Table = 0)
{
    public bool IsTotal => Total != TotalKind.None;

    /// <summary>
    /// The fact of a report by <paramref name="reporter"/> for <paramref name="period"/>, where the row says neither.
    /// A row's own period is a code the reading wrote (<see cref="Periods.Period.Code"/>), so it reads back.
    /// </summary>
    public Fact ToFact(OrgUnitCode reporter, Period period) =>
        new(reporter, OrgUnit ?? reporter, Indicator, Period is null ? period : Periods.Period.Parse(Period), Measure, Value, Qualifier, Unit, Raw.ToString(), Cell.ToString());
}
