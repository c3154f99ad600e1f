using NPOI.HSSF.UserModel;
using NPOI.SS.Util;

namespace Intake.Core.Tests.Support;

/// <summary>Writes a BIFF8 .xls workbook (the format of Excel 97–2003) from rows, with NPOI.</summary>
internal static class XlsWorkbook
{
    /// <summary>One sheet per entry: its name, its rows (strings, numbers, null for empty), and merged ranges like A1:C1.</summary>
    public static MemoryStream Write(params (string Name, object?[][] Rows, string[] Merges)[] sheets)
    {
        var workbook = new HSSFWorkbook();
        foreach (var (name, rows, merges) in sheets)
        {
            var sheet = workbook.CreateSheet(name);
            for (var r = 0; r < rows.Length; r++)
            {
                var row = sheet.CreateRow(r);
                for (var c = 0; c < rows[r].Length; c++)
                {
                    switch (rows[r][c])
                    {
                        case null:
                            break;
                        case string text:
                            row.CreateCell(c).SetCellValue(text);
                            break;
                        case var number:
                            row.CreateCell(c).SetCellValue(Convert.ToDouble(number, System.Globalization.CultureInfo.InvariantCulture));
                            break;
                    }
                }
            }

            foreach (var merge in merges)
            {
                sheet.AddMergedRegion(CellRangeAddress.ValueOf(merge));
            }
        }

        var stream = new MemoryStream();
        workbook.Write(stream);
        return new MemoryStream(stream.ToArray());
    }
}
