namespace Intake.Core.Layout;

/// <summary>A detected table: the rows its header takes and what each column holds.</summary>
public sealed record TableHeader(int FirstRow, int RowCount, IReadOnlyList<TableColumn> Columns)
{
    public TableColumn? Column(ColumnRole role) => Columns.FirstOrDefault(c => c.Role == role);

    public IEnumerable<TableColumn> ValueColumns => Columns.Where(c => c.Role == ColumnRole.Value);

    /// <summary>True when rows name indicators (long and tidy layouts); false when columns do (wide).</summary>
    public bool IndicatorsInRows => Column(ColumnRole.IndicatorLabel) is not null;
}
