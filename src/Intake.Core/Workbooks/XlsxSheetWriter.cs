using System.Globalization;
using System.Security;
using System.Text;
using Intake.Core.Reading;

namespace Intake.Core.Workbooks;

/// <summary>Writes the rows of one sheet in order; merged ranges are written when the sheet is finished.</summary>
public sealed class XlsxSheetWriter
{
    private readonly StreamWriter _xml;
    private readonly List<string> _merges = [];
    private readonly bool _fitToWidth;
    private int _row;
    private bool _finished;

    internal XlsxSheetWriter(Stream part, XlsxSheetLayout? layout = null)
    {
        _xml = new StreamWriter(part, new UTF8Encoding(false));
        _xml.Write("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">""");
        _fitToWidth = layout is { PrintFitToWidth: true };
        if (_fitToWidth)
        {
            _xml.Write("""<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>""");
        }

        if (layout is { FrozenRows: > 0 } frozen)
        {
            var topLeft = CellAddress.Format(null, frozen.FrozenRows, 0);
            _xml.Write($"<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"{frozen.FrozenRows}\" topLeftCell=\"{topLeft}\" activePane=\"bottomLeft\" state=\"frozen\"/><selection pane=\"bottomLeft\" activeCell=\"{topLeft}\" sqref=\"{topLeft}\"/></sheetView></sheetViews>");
        }

        if (layout is { ColumnWidths.Count: > 0 } columns)
        {
            _xml.Write("<cols>");
            for (var c = 0; c < columns.ColumnWidths.Count; c++)
            {
                _xml.Write(string.Create(CultureInfo.InvariantCulture, $"<col min=\"{c + 1}\" max=\"{c + 1}\" width=\"{columns.ColumnWidths[c]:0.##}\" customWidth=\"1\"/>"));
            }

            _xml.Write("</cols>");
        }

        _xml.Write("<sheetData>");
    }

    /// <summary>Writes the next row: strings, numbers, dates, <see cref="StyledCell"/>s; null leaves a cell empty.</summary>
    public XlsxSheetWriter Row(params object?[] cells)
    {
        ObjectDisposedException.ThrowIf(_finished, this);
        _row++;
        _xml.Write($"<row r=\"{_row}\">");
        for (var c = 0; c < cells.Length; c++)
        {
            var (value, style) = cells[c] is StyledCell styled ? (styled.Value, styled.Style) : (cells[c], CellStyle.Normal);
            var reference = CellAddress.Format(null, _row - 1, c);
            var s = style == CellStyle.Normal ? string.Empty : $" s=\"{(int)style}\"";
            switch (value)
            {
                case null:
                    if (style != CellStyle.Normal)
                    {
                        _xml.Write($"<c r=\"{reference}\"{s}/>");
                    }

                    break;
                case string text:
                    _xml.Write($"<c r=\"{reference}\"{s} t=\"inlineStr\"><is><t xml:space=\"preserve\">{SecurityElement.Escape(text)}</t></is></c>");
                    break;
                case DateTime date:
                    var serial = date.ToOADate().ToString(CultureInfo.InvariantCulture);
                    var dateStyle = style == CellStyle.Normal ? CellStyle.Date : style;
                    _xml.Write($"<c r=\"{reference}\" s=\"{(int)dateStyle}\"><v>{serial}</v></c>");
                    break;
                case bool flag:
                    _xml.Write($"<c r=\"{reference}\"{s} t=\"b\"><v>{(flag ? 1 : 0)}</v></c>");
                    break;
                default:
                    var number = Convert.ToDouble(value, CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture);
                    _xml.Write($"<c r=\"{reference}\"{s}><v>{number}</v></c>");
                    break;
            }
        }

        _xml.Write("</row>");
        return this;
    }

    /// <summary>Merges a range such as <c>A1:E1</c> (its top-left cell keeps the value).</summary>
    public XlsxSheetWriter Merge(string range)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(range);
        _merges.Add(range);
        return this;
    }

    internal void Finish()
    {
        if (_finished)
        {
            return;
        }

        _finished = true;
        _xml.Write("</sheetData>");
        if (_merges.Count > 0)
        {
            _xml.Write($"<mergeCells count=\"{_merges.Count}\">");
            foreach (var range in _merges)
            {
                _xml.Write($"<mergeCell ref=\"{range}\"/>");
            }

            _xml.Write("</mergeCells>");
        }

        if (_fitToWidth)
        {
            _xml.Write("""<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/><pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>""");
        }

        _xml.Write("</worksheet>");
        _xml.Dispose();
    }
}
