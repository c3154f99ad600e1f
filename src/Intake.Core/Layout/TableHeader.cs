using Intake.Core.Reports;

namespace Intake.Core.Layout;

/// <summary>
/// A detected table: the rows its header takes (header rows and a unit row) and what each column holds.
/// <see cref="Ambiguity"/> is set when two columns look equally like one label column: the table is not read.
/// </summary>
public sealed record TableHeader(int FirstRow, int RowCount, IReadOnlyList<TableColumn> Columns, ReportIssue? Ambiguity = null)
{
    public TableColumn? Column(ColumnRole role) => Columns.FirstOrDefault(c => c.Role == role);

    public IEnumerable<TableColumn> ValueColumns => Columns.Where(c => c.Role == ColumnRole.Value);

    /// <summary>True when rows name indicators (long, tidy and transposed layouts); false when columns do (wide).</summary>
    public bool IndicatorsInRows => Column(ColumnRole.IndicatorLabel) is not null;

    /// <summary>True when the columns name org units (townships across the top).</summary>
    public bool OrgUnitsInColumns => ValueColumns.Any(c => c.OrgUnit is not null);
}
