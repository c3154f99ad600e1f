using Intake.Core.Reports;

namespace Intake.Core.Layout;

/// <summary>
/// A detected table: the rows its header takes and what each column holds. <see cref="Ambiguity"/>
/// is set when two columns look equally like the indicator or org-unit column: the table is not read.
/// </summary>
public sealed record TableHeader(int FirstRow, int RowCount, IReadOnlyList<TableColumn> Columns, ReportIssue? Ambiguity = null)
{
    public TableColumn? Column(ColumnRole role) => Columns.FirstOrDefault(c => c.Role == role);

    public IEnumerable<TableColumn> ValueColumns => Columns.Where(c => c.Role == ColumnRole.Value);

    /// <summary>True when rows name indicators (long and tidy layouts); false when columns do (wide).</summary>
    public bool IndicatorsInRows => Column(ColumnRole.IndicatorLabel) is not null;
}
