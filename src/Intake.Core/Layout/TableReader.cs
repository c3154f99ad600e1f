using Intake.Core.Catalog;
using Intake.Core.Messages;
using Intake.Core.Quantities;
using Intake.Core.Reading;
using Intake.Core.Reports;

namespace Intake.Core.Layout;

/// <summary>
/// Reads the data rows of one table: each value cell means what the labels of its column and of its row say
/// together — an indicator from the one and an org unit or a measure from the other, whichever way the table runs.
/// A number that nothing explains is reported (an unknown column or row), never dropped in silence.
/// </summary>
internal sealed class TableReader(
    LabelReader labels, string? sheetName, TableHeader header, int table, SheetExtraction extraction, SheetLines lines, OrgUnitCode? sheetOrgUnit, string? tableUnit)
{
    private readonly HashSet<int> _reportedUnknownColumns = [];
    private readonly HashSet<(string Code, string? Indicator, string Message)> _warned = [];
    private readonly TableColumn[] _values = header.ValueColumns.ToArray();
    private readonly bool _orgUnitsInRows = header.Columns.Any(c => c.Role == ColumnRole.OrgUnitLabel
        || (c.Role == ColumnRole.UnitOrOrgUnitLabel && !header.IndicatorsInRows));
    private int _group;
    private OrgUnitCode? _carriedOrgUnit;
    private Indicator? _parent;

    /// <summary>True when the table says nothing of org units, so that a section line above or inside it may.</summary>
    public bool TakesSections => !_orgUnitsInRows && !header.OrgUnitsInColumns;

    public void ReadRow(SheetRow row)
    {
        if (row.Index < header.FirstRow + header.RowCount)
        {
            return;
        }

        ReportUnknownColumns(row);
        var context = RowContext.From(labels, header, row);
        if (!HasValues(row))
        {
            return;
        }

        var total = context.Total;
        Indicator? rowIndicator = null;
        if (header.IndicatorsInRows && total == TotalKind.None)
        {
            rowIndicator = RowIndicator(context);
            if (rowIndicator is null)
            {
                ReportUnexplainedRow(row, context);
                return;
            }
        }

        if (context.Period is null && context.PeriodRaw is { Length: > 0 } periodText)
        {
            var cell = Address(row.Index, header.Column(ColumnRole.PeriodLabel)!.Index);
            extraction.Issues.Add(new ReportIssue(Severity.Error, IssueCodes.TypeError, cell, rowIndicator?.Code,
                MessageCatalog.UnrecognizedPeriodCell(periodText), periodText, MessageCatalog.ExpectedPeriod));
            return;
        }

        if (!TryOrgUnit(row, context, total, out var orgUnit))
        {
            return;
        }

        foreach (var column in _values)
        {
            ReadValue(row, column, rowIndicator, orgUnit, context, total);
        }

        // A subtotal closes its group: the rows after it belong to the next one.
        if (total == TotalKind.Subtotal)
        {
            _group++;
        }
    }

    // The indicator of a row: its label; a breakdown (其中：已整改) is the part of the row above that its words name; an
    // empty label beside another one (a 累计 row under its 本周 row) is the label above, which a CSV keeps only once.
    private Indicator? RowIndicator(RowContext context)
    {
        var named = context.Indicator.Indicator;
        if (context.IndicatorText is { } text && _parent is { } parent && IsBreakdown(text))
        {
            return labels.Catalog.BreakdownOf(parent, text) ?? named;
        }

        if (context.IndicatorText is null && context.HasOtherLabels)
        {
            return _parent;
        }

        _parent = named ?? _parent;
        return named;
    }

    private static bool IsBreakdown(string label) =>
        label.Normalize(System.Text.NormalizationForm.FormKC).TrimStart().StartsWith("其中", StringComparison.Ordinal);

    // The org unit of a row: its own label, else the label above it in a table that names an indicator on every row
    // (a CSV keeps a merged 乡镇 cell only in its first row), else the section, the sheet, or the reporter (null).
    private bool TryOrgUnit(SheetRow row, RowContext context, TotalKind total, out OrgUnitCode? orgUnit)
    {
        orgUnit = TakesSections ? lines.SectionOrgUnit ?? sheetOrgUnit : sheetOrgUnit;
        if (total != TotalKind.None)
        {
            return true;
        }

        if (context.OrgUnitText is { Length: > 0 } orgUnitText)
        {
            orgUnit = labels.Catalog.FindOrgUnit(orgUnitText)?.Code;
            if (orgUnit is null)
            {
                var cell = Address(row.Index, context.OrgUnitColumn);
                extraction.Issues.Add(new ReportIssue(Severity.Error, IssueCodes.UnknownOrgUnit, cell, null,
                    MessageCatalog.UnknownOrgUnit(orgUnitText), orgUnitText, MessageCatalog.ExpectedOrgUnitName));
                return false;
            }

            _carriedOrgUnit = orgUnit;
            return true;
        }

        if (header.IndicatorsInRows && _carriedOrgUnit is not null)
        {
            orgUnit = _carriedOrgUnit;
            return true;
        }

        if (!_orgUnitsInRows)
        {
            return true;
        }

        ReportUnexplainedRow(row, context);
        return false;
    }

    private void ReadValue(SheetRow row, TableColumn column, Indicator? rowIndicator, OrgUnitCode? rowOrgUnit, RowContext context, TotalKind rowTotal)
    {
        var indicator = column.Indicator ?? rowIndicator;
        if (indicator is null || (column.Indicator is not null && rowIndicator is not null && column.Indicator != rowIndicator))
        {
            return;
        }

        var address = new CellRef(sheetName, row.Index, column.Index);
        var unit = context.Unit ?? column.HeaderUnit ?? tableUnit;
        // A stated measure (本周, 累计) wins over one a value word (数值) gives for want of another.
        var (measure, toDate) = column.MeasureStated ? (column.Measure, column.ToDate)
            : context.MeasureStated ? (context.Measure!.Value, context.ToDate)
            : (context.Measure ?? column.Measure, column.ToDate);
        var orgUnit = column.OrgUnit ?? rowOrgUnit;
        var period = context.Period ?? toDate?.Placeholder;
        var outcome = ValueCellInterpreter.Interpret(row[column.Index], indicator, measure, orgUnit, period, unit, address);
        if (outcome is not var (fact, issue))
        {
            return;
        }

        if (fact is { } read)
        {
            var (total, axis) = rowTotal != TotalKind.None ? (rowTotal, TotalAxis.Row)
                : column.Total != TotalKind.None ? (column.Total, TotalAxis.Column)
                : (TotalKind.None, TotalAxis.Row);
            extraction.Facts.Add(read with { Total = total, Axis = axis, Group = _group, ColumnGroup = column.Group, Table = table });
        }

        // A warning about a header's unit would otherwise repeat on every row under it.
        if (issue is not null && (issue.Severity == Severity.Error || _warned.Add((issue.Code, issue.Indicator, issue.MessageZh))))
        {
            extraction.Issues.Add(issue);
        }
    }

    // A row of numbers whose labels name nothing: an unknown indicator when its label reads as a name, else a row
    // no rule explains (a warning, like an unknown column).
    private void ReportUnexplainedRow(SheetRow row, RowContext context)
    {
        if (!_values.Any(c => row[c.Index] is { } v && !RowShape.IsPlaceholder(v)))
        {
            return;
        }

        if (header.IndicatorsInRows && context.IndicatorText is { Length: > 0 } text && context.Indicator is { Measure: null, OtherTime: false, Name.Length: > 0 })
        {
            var cell = Address(row.Index, header.Column(ColumnRole.IndicatorLabel)!.Index);
            extraction.Issues.Add(new ReportIssue(Severity.Error, IssueCodes.UnknownIndicator, cell, null,
                MessageCatalog.UnknownIndicator(text), text, MessageCatalog.ExpectedIndicatorName));
            return;
        }

        var label = header.Columns.FirstOrDefault(c => c.Role != ColumnRole.Value)?.Index ?? 0;
        var labelText = context.IndicatorText ?? context.OrgUnitText ?? string.Empty;
        extraction.Issues.Add(new ReportIssue(Severity.Warning, IssueCodes.UnknownRow, Address(row.Index, label), null,
            labelText.Length > 0 ? MessageCatalog.UnknownRow(labelText) : MessageCatalog.UnnamedRow, labelText, MessageCatalog.ExpectedRowLabel));
    }

    // A column of numbers that no header rule explains is never dropped in silence. In a wide table
    // a header that reads as a name but is not in the catalog is an unknown indicator (an error, as
    // for a row label); any other column of numbers, in any layout, is an unknown column (a warning).
    private void ReportUnknownColumns(SheetRow row)
    {
        foreach (var column in header.Columns)
        {
            var unexplained = column.Role == ColumnRole.Unknown
                || (column.Role == ColumnRole.Value && column.Indicator is null && !header.IndicatorsInRows);
            if (!unexplained || row[column.Index] is not { } cell || !RowShape.IsQuantity(cell) || !_reportedUnknownColumns.Add(column.Index))
            {
                continue;
            }

            // A name where the townships stand across the top is an org unit the catalog lacks; where the indicators
            // do, an indicator it lacks.
            var readsAsName = column.Role == ColumnRole.Unknown && HeaderGrammar.Read(column.HeaderText) is { Measure: null, Name.Length: > 0 }
                && !labels.Read(column.HeaderText).OtherTime;
            extraction.Issues.Add(readsAsName && header.OrgUnitsInColumns
                ? new ReportIssue(Severity.Error, IssueCodes.UnknownOrgUnit, column.HeaderCell, null,
                    MessageCatalog.UnknownOrgUnit(column.HeaderText), column.HeaderText, MessageCatalog.ExpectedOrgUnitName)
                : readsAsName && !header.IndicatorsInRows
                ? new ReportIssue(Severity.Error, IssueCodes.UnknownIndicator, column.HeaderCell, null,
                    MessageCatalog.UnknownIndicator(column.HeaderText), column.HeaderText, MessageCatalog.ExpectedIndicatorName)
                : new ReportIssue(Severity.Warning, IssueCodes.UnknownColumn, column.HeaderCell, null,
                    column.HeaderText.Length > 0 ? MessageCatalog.UnknownColumn(column.HeaderText) : MessageCatalog.UnnamedColumn,
                    column.HeaderText, MessageCatalog.ExpectedColumnHeader));
        }
    }

    private bool HasValues(SheetRow row)
    {
        foreach (var column in _values)
        {
            if (row[column.Index] is not null)
            {
                return true;
            }
        }

        return false;
    }

    private string Address(int row, int column) => CellAddress.Format(sheetName, row, column);
}
