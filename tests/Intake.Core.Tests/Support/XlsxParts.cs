using System.IO.Compression;
using System.Text;

namespace Intake.Core.Tests.Support;

/// <summary>
/// Writes .xlsx packages part by part, from XML as a test states it: for what no spreadsheet program writes on
/// purpose (hostile parts) and for what the workbook writer does not (shared strings, rich runs).
/// </summary>
internal static class XlsxParts
{
    public const string WorkbookXml =
        """<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="周报" sheetId="1" r:id="rId1"/></sheets></workbook>""";

    /// <summary>A workbook of one sheet named <paramref name="sheetName"/> (written as XML text, so escape it).</summary>
    public static string WorkbookNamed(string sheetName) => WorkbookXml.Replace("name=\"周报\"", $"name=\"{sheetName}\"", StringComparison.Ordinal);

    public const string WorkbookRelationships =
        """<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>""";

    public static string Worksheet(string sheetData, string? dimension = null) =>
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" + WorksheetElement(sheetData, dimension);

    public static string WorksheetElement(string sheetData, string? dimension) =>
        "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        + (dimension is null ? string.Empty : $"<dimension ref=\"{dimension}\"/>")
        + $"<sheetData>{sheetData}</sheetData></worksheet>";

    public static string Text(string cell, string text) => $"<c r=\"{cell}\" t=\"inlineStr\"><is><t>{text}</t></is></c>";

    public static string SharedStrings(string[] strings) =>
        "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">" + string.Concat(strings.Select(s => $"<si><t>{s}</t></si>")) + "</sst>";

    public static MemoryStream SheetPackage(string sheetData, params (string Name, byte[] Content)[] extraParts) =>
        NamedSheetPackage("周报", sheetData, extraParts);

    public static MemoryStream NamedSheetPackage(string sheetName, string sheetData, params (string Name, byte[] Content)[] extraParts) =>
        Zip([
            Part("xl/workbook.xml", WorkbookNamed(sheetName)),
            Part("xl/_rels/workbook.xml.rels", WorkbookRelationships),
            Part("xl/worksheets/sheet1.xml", Worksheet(sheetData)),
            .. extraParts,
        ]);

    public static (string Name, byte[] Content) Part(string name, string text) => (name, Encoding.UTF8.GetBytes(text));

    public static MemoryStream Zip(params (string Name, byte[] Content)[] parts)
    {
        var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in parts)
            {
                using var part = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
                part.Write(content);
            }
        }

        stream.Position = 0;
        return stream;
    }
}
