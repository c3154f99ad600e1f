using System.IO.Compression;
using System.Security;
using System.Text;
using Intake.Core.Messages;
using Intake.Core.Quantities;

namespace Intake.Core.Workbooks;

/// <summary>
/// Writes a plain .xlsx (inline strings, numbers, dates, merged ranges, a few styles), one sheet
/// after another, straight into the zip: enough for feedback workbooks and test fixtures, with no
/// spreadsheet library behind it.
/// </summary>
public sealed class XlsxWriter : IDisposable
{
    private readonly ZipArchive _zip;
    private readonly List<string> _sheetNames = [];
    private XlsxSheetWriter? _open;

    public XlsxWriter(Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        _zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
    }

    /// <summary>Starts a sheet; the previous one is finished. <paramref name="layout"/>: column widths and frozen rows.</summary>
    public XlsxSheetWriter AddSheet(string name, XlsxSheetVisibility visibility = XlsxSheetVisibility.Visible, XlsxSheetLayout? layout = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        _open?.Finish();
        _sheetNames.Add(name);
        _hidden.Add(visibility);
        var entry = CreateEntry($"xl/worksheets/sheet{_sheetNames.Count}.xml");
        _open = new XlsxSheetWriter(entry.Open(), layout);
        return _open;
    }

    private readonly List<XlsxSheetVisibility> _hidden = [];

    public void Dispose()
    {
        _open?.Finish();
        _open = null;
        WritePart("[Content_Types].xml", ContentTypes());
        WritePart("_rels/.rels",
            """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
        WritePart("xl/workbook.xml", Workbook());
        WritePart("xl/_rels/workbook.xml.rels", WorkbookRelationships());
        WritePart("xl/styles.xml", Styles);
        _zip.Dispose();
    }

    // Number formats 177-183 keep a qualified value a number while showing it the way QualifiedNumber writes it
    // (2000余, 2%以内); 176 shows a date as the documents write it.
    private static readonly string Styles =
        $$"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="8"><numFmt numFmtId="176" formatCode="{{Escape(MessageCatalog.DateNumberFormat.Zh)}}"/><numFmt numFmtId="177" formatCode="{{Format(Qualifier.AtLeast, "")}}"/><numFmt numFmtId="178" formatCode="{{Format(Qualifier.AtMost, "")}}"/><numFmt numFmtId="179" formatCode="{{Format(Qualifier.Approx, "")}}"/><numFmt numFmtId="180" formatCode="{{Format(Qualifier.Exact, "%")}}"/><numFmt numFmtId="181" formatCode="{{Format(Qualifier.AtLeast, "%")}}"/><numFmt numFmtId="182" formatCode="{{Format(Qualifier.AtMost, "%")}}"/><numFmt numFmtId="183" formatCode="{{Format(Qualifier.Approx, "%")}}"/></numFmts><fonts count="2"><font><sz val="11"/><name val="{{MessageCatalog.WorkbookFont}}"/></font><font><b/><sz val="11"/><name val="{{MessageCatalog.WorkbookFont}}"/></font></fonts><fills count="6"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFC6EFCE"/></patternFill></fill><fill><patternFill patternType="solid"><fgColor rgb="FFFFEB9C"/></patternFill></fill><fill><patternFill patternType="solid"><fgColor rgb="FFFFC7CE"/></patternFill></fill><fill><patternFill patternType="solid"><fgColor rgb="FFE7E6E6"/></patternFill></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="17"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="10" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="176" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment wrapText="1" vertical="top"/></xf><xf numFmtId="31" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="0" fontId="0" fillId="2" borderId="0" xfId="0" applyFill="1"/><xf numFmtId="0" fontId="0" fillId="3" borderId="0" xfId="0" applyFill="1"/><xf numFmtId="0" fontId="0" fillId="4" borderId="0" xfId="0" applyFill="1"/><xf numFmtId="177" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="178" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="179" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="180" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="181" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="182" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="183" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="0" fontId="1" fillId="5" borderId="0" xfId="0" applyFont="1" applyFill="1" applyAlignment="1"><alignment wrapText="1" vertical="center"/></xf></cellXfs></styleSheet>""";

    private const string NumberPlaceholder = "\u0001";

    // The format code that shows General the way MessageCatalog.Quantity writes a number: General"余", "约"General"%".
    private static string Format(Qualifier qualifier, string unit)
    {
        var text = MessageCatalog.Quantity(NumberPlaceholder, qualifier, unit).Zh;
        var at = text.IndexOf(NumberPlaceholder, StringComparison.Ordinal);
        return Escape(Quoted(text[..at]) + "General" + Quoted(text[(at + NumberPlaceholder.Length)..]));
    }

    private static string Quoted(string text) => text.Length == 0 ? string.Empty : $"\"{text}\"";

    private static string Escape(string text) => SecurityElement.Escape(text);


    private string ContentTypes()
    {
        var text = new StringBuilder("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>""");
        for (var i = 1; i <= _sheetNames.Count; i++)
        {
            text.Append($"""<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>""");
        }

        return text.Append("</Types>").ToString();
    }

    private string Workbook()
    {
        var text = new StringBuilder("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>""");
        for (var i = 0; i < _sheetNames.Count; i++)
        {
            var state = _hidden[i] switch
            {
                XlsxSheetVisibility.Hidden => " state=\"hidden\"",
                XlsxSheetVisibility.VeryHidden => " state=\"veryHidden\"",
                _ => string.Empty,
            };
            text.Append($"""<sheet name="{SecurityElement.Escape(_sheetNames[i])}" sheetId="{i + 1}"{state} r:id="rId{i + 1}"/>""");
        }

        return text.Append("</sheets></workbook>").ToString();
    }

    private string WorkbookRelationships()
    {
        var text = new StringBuilder("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">""");
        for (var i = 1; i <= _sheetNames.Count; i++)
        {
            text.Append($"""<Relationship Id="rId{i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{i}.xml"/>""");
        }

        text.Append($"""<Relationship Id="rId{_sheetNames.Count + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>""");
        return text.Append("</Relationships>").ToString();
    }

    // A fixed timestamp makes the same content give the same bytes (and the same SHA-256).
    private ZipArchiveEntry CreateEntry(string name)
    {
        var entry = _zip.CreateEntry(name, CompressionLevel.Fastest);
        entry.LastWriteTime = new DateTimeOffset(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);
        return entry;
    }

    private void WritePart(string name, string xml)
    {
        using var writer = new StreamWriter(CreateEntry(name).Open(), new UTF8Encoding(false));
        writer.Write(xml);
    }
}
