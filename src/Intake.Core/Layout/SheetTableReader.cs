using Intake.Core.Catalog;
using Intake.Core.Messages;
using Intake.Core.Metadata;
using Intake.Core.Quantities;
using Intake.Core.Reading;
using Intake.Core.Reports;

namespace Intake.Core.Layout;

/// <summary>
/// Reads the table of one sheet, streaming: finds its header in the first rows, then turns
/// each data row into values, keeping title and footer lines for the report's metadata.
/// </summary>
public sealed class SheetTableReader(ReportCatalog catalog) : ISheetTableReader
{
    public SheetExtraction Read(Sheet sheet)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        var extraction = new SheetExtraction();
        using var rows = sheet.Rows.GetEnumerator();
        var head = new List<SheetRow>();
        while (head.Count < HeaderDetector.SearchDepth && rows.MoveNext())
        {
            if (!rows.Current.IsEmpty)
            {
                head.Add(rows.Current);
            }
        }

        var header = HeaderDetector.Detect(catalog, sheet.Name, head);
        var titled = catalog.FindOrgUnit(sheet.Name) is null;
        if (header is null)
        {
            head.ForEach(row => AddMetadata(extraction, sheet.Name, row, PreambleKind(extraction, titled)));
            return extraction;
        }

        extraction.HasTable = true;
        extraction.IsTotalSheet = RowLabels.IsTotalSheet(sheet.Name);
        var context = new SheetContext(catalog, sheet.Name, header, extraction, titled);
        if (header.Ambiguity is { } ambiguity)
        {
            // Which column is which is unknown, so no row can be read; the lines above still name the report.
            head.Where(row => row.Index < header.FirstRow).ToList().ForEach(context.ReadPreamble);
            extraction.Issues.Add(ambiguity);
            return extraction;
        }

        foreach (var row in head)
        {
            if (row.Index < header.FirstRow)
            {
                context.ReadPreamble(row);
            }
            else if (row.Index >= header.FirstRow + header.RowCount)
            {
                context.ReadRow(row);
            }
        }

        while (rows.MoveNext())
        {
            if (!rows.Current.IsEmpty)
            {
                context.ReadRow(rows.Current);
            }
        }

        return extraction;
    }

    private static void AddMetadata(SheetExtraction extraction, string? sheetName, SheetRow row, MetadataLineKind kind)
    {
        var first = row.Cells.Select((c, i) => (c, i)).First(p => p.c is not null).i;
        extraction.MetadataLines.Add(new MetadataLine(CellAddress.Format(sheetName, row.Index, first), row.JoinedText, kind));
    }

    // The first line of a sheet is its title, unless the sheet is one org unit's page of a larger form:
    // then its title names whom the page is about, not who reported it.
    private static MetadataLineKind PreambleKind(SheetExtraction extraction, bool titled) =>
        titled && extraction.MetadataLines.Count == 0 ? MetadataLineKind.Title : MetadataLineKind.Preamble;

    private sealed class SheetContext(ReportCatalog catalog, string? sheetName, TableHeader header, SheetExtraction extraction, bool titled)
    {
        private readonly string? _sheetOrgUnit = catalog.FindOrgUnit(sheetName)?.Code;
        private readonly HashSet<int> _reportedUnknownColumns = [];
        private readonly TableColumn[] _values = header.ValueColumns.ToArray();
        private readonly TableColumn[] _labels = header.Columns.Where(c => c.Role != ColumnRole.Value).ToArray();
        private string? _sheetUnit;
        private int _group;
        private bool _inFooter;

        public void ReadPreamble(SheetRow row)
        {
            AddMetadata(extraction, sheetName, row, PreambleKind(extraction, titled));
            // "单位：万米" sets the unit of the table; "填报单位：区城管局" on the same line does not.
            var text = row.JoinedText.Normalize(System.Text.NormalizationForm.FormKC);
            for (var at = text.IndexOf("单位:", StringComparison.Ordinal); at >= 0; at = text.IndexOf("单位:", at + 3, StringComparison.Ordinal))
            {
                if (at >= 2 && text.AsSpan(at - 2, 2).SequenceEqual("填报"))
                {
                    continue;
                }

                var word = text[(at + 3)..].Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
                _sheetUnit = word is null ? _sheetUnit : UnitConverter.Normalize(word) ?? _sheetUnit;
            }
        }

        public void ReadRow(SheetRow row)
        {
            // Footer and total rows are told by words: a number in the first column (序号) is neither.
            var firstText = FirstCell(row)?.Value as string;
            if (_inFooter || RowLabels.IsFooter(firstText))
            {
                _inFooter = true;
                AddMetadata(extraction, sheetName, row, MetadataLineKind.Footer);
                return;
            }

            ReportUnknownColumns(row);
            var labels = RowContext.From(catalog, header, row);
            if (!HasValues(row))
            {
                return;
            }

            // 合计 may stand in any label column, 序号 included.
            var total = TotalKind.None;
            foreach (var label in _labels)
            {
                total = RowLabels.TotalOf(row[label.Index]?.Value as string);
                if (total != TotalKind.None)
                {
                    break;
                }
            }
            Indicator? rowIndicator = null;
            if (header.IndicatorsInRows && !RowLabels.IsTotal(labels.IndicatorText))
            {
                rowIndicator = catalog.FindIndicator(labels.IndicatorText);
                if (rowIndicator is null)
                {
                    var cell = Address(row.Index, header.Column(ColumnRole.IndicatorLabel)!.Index);
                    extraction.Issues.Add(new ReportIssue(Severity.Error, IssueCodes.UnknownIndicator, cell, null,
                        MessageCatalog.UnknownIndicator(labels.IndicatorText!), labels.IndicatorText, MessageCatalog.ExpectedIndicatorName));
                    return;
                }
            }

            if (labels.Period is null && labels.PeriodRaw is { Length: > 0 } periodText)
            {
                var cell = Address(row.Index, header.Column(ColumnRole.PeriodLabel)!.Index);
                extraction.Issues.Add(new ReportIssue(Severity.Error, IssueCodes.TypeError, cell, rowIndicator?.Code,
                    MessageCatalog.UnrecognizedPeriodCell(periodText), periodText, MessageCatalog.ExpectedPeriod));
                return;
            }

            string? orgUnit = _sheetOrgUnit;
            if (total == TotalKind.None && labels.OrgUnitText is { Length: > 0 } orgUnitText)
            {
                orgUnit = catalog.FindOrgUnit(orgUnitText)?.Code;
                if (orgUnit is null)
                {
                    var cell = Address(row.Index, labels.OrgUnitColumn);
                    extraction.Issues.Add(new ReportIssue(Severity.Error, IssueCodes.UnknownOrgUnit, cell, null,
                        MessageCatalog.UnknownOrgUnit(orgUnitText), orgUnitText, MessageCatalog.ExpectedOrgUnitName));
                    return;
                }
            }

            foreach (var column in _values)
            {
                ReadValue(row, column, column.Indicator ?? rowIndicator, orgUnit, labels, total);
            }

            // A subtotal closes its group: the rows after it belong to the next one.
            if (total == TotalKind.Subtotal)
            {
                _group++;
            }
        }

        private void ReadValue(SheetRow row, TableColumn column, Indicator? indicator, string? orgUnit, RowContext labels, TotalKind total)
        {
            if (indicator is null)
            {
                return;
            }

            var address = new CellRef(sheetName, row.Index, column.Index);
            var unit = labels.Unit ?? column.HeaderUnit ?? _sheetUnit;
            var outcome = ValueCellInterpreter.Interpret(row[column.Index], indicator, column.Measure, orgUnit, labels.Period, unit, address);
            if (outcome is var (fact, issue))
            {
                if (fact is { } read)
                {
                    extraction.Facts.Add(total == TotalKind.None && _group == 0 ? read : read with { Total = total, Group = _group });
                }

                if (issue is not null)
                {
                    extraction.Issues.Add(issue);
                }
            }
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
                if (!unexplained || row[column.Index] is not { } cell || !HoldsNumber(cell) || !_reportedUnknownColumns.Add(column.Index))
                {
                    continue;
                }

                var namesIndicator = !header.IndicatorsInRows && column.Role == ColumnRole.Unknown
                    && HeaderGrammar.Read(column.HeaderText) is { Measure: null, Name.Length: > 0 };
                extraction.Issues.Add(namesIndicator
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

        private static bool HoldsNumber(CellValue cell) =>
            cell.Value is double || (cell.Value is string text && QuantityParser.Parse(text).Status == QuantityParseStatus.Value);

        private static CellValue? FirstCell(SheetRow row)
        {
            foreach (var cell in row.Cells)
            {
                if (cell is not null)
                {
                    return cell;
                }
            }

            return null;
        }

        private string Address(int row, int column) => CellAddress.Format(sheetName, row, column);
    }
}
