using System.Diagnostics;
using System.Xml;

namespace Intake.Core.Reading;

/// <summary>The scan by an XML parser, for parts the byte scan cannot judge.</summary>
internal static partial class WorksheetGridScanner
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreWhitespace = true,
        IgnoreProcessingInstructions = true,
    };

    private static void ScanXml(Stream part, GridWalk walk, ReadLimits limits, Stopwatch clock)
    {
        try
        {
            using var xml = XmlReader.Create(part, Settings);
            if (xml.MoveToContent() != XmlNodeType.Element || xml.LocalName != "worksheet")
            {
                return;
            }

            var elements = 0;
            while (xml.Read())
            {
                if (xml.NodeType == XmlNodeType.EndElement && xml.LocalName == "sheetData")
                {
                    walk.EndSheetData();
                }

                if (xml.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                if (++elements % ElementsPerClockCheck == 0)
                {
                    SpreadsheetReader.CheckTime(limits, clock);
                }

                switch (xml.LocalName)
                {
                    case "sheetData":
                        walk.StartSheetData(xml.IsEmptyElement);
                        break;
                    case "row" when walk.InSheetData:
                        walk.Row(xml.GetAttribute("r"));
                        break;
                    case "c" when walk.InSheetData:
                        walk.Cell(xml.GetAttribute("r"));
                        break;
                }
            }
        }
        catch (XmlException)
        {
            // Malformed XML (a DTD included) is ExcelDataReader's to report when it meets it,
            // which it does no later than here, and only if it reads the part at all.
        }
    }
}
