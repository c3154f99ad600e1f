namespace Intake.Core.Messages;

/// <summary>Why a file cannot be read at all.</summary>
public static partial class MessageCatalog
{
    private const string SaveAgain = "请在 Excel 中重新保存后上传";
    private const string UploadSpreadsheet = "请上传 .xlsx、.xls 或 .csv 文件";

    public static LocalizedText FileUnreadable(LocalizedText reason) =>
        T($"无法读取文件：{reason.Zh}", $"the file cannot be read: {reason.En}");

    public static LocalizedText FileTooLarge(long megabytes, long limitMegabytes) =>
        T($"文件大小 {megabytes} MB 超过上限 {limitMegabytes} MB", $"the file is {megabytes} MB, over the limit of {limitMegabytes} MB");

    public static LocalizedText FileEmpty => T("文件是空的", "the file is empty");

    public static LocalizedText FileIsPdf => T($"文件是 PDF 文档，不是表格，{UploadSpreadsheet}", "the file is a PDF document, not a spreadsheet");

    public static LocalizedText FileIsImage => T($"文件是图片，不是表格，{UploadSpreadsheet}", "the file is an image, not a spreadsheet");

    public static LocalizedText FileFormatUnknown => T($"无法识别的文件格式，{UploadSpreadsheet}", "the file format is not recognised as a spreadsheet");

    public static LocalizedText FileIsWordDocument => T($"文件是 Word 文档，不是 Excel 表格，{UploadSpreadsheet}", "the file is a Word document, not a spreadsheet");

    public static LocalizedText FileIsPresentation => T($"文件是 PowerPoint 演示文稿，不是 Excel 表格，{UploadSpreadsheet}", "the file is a PowerPoint presentation, not a spreadsheet");

    public static LocalizedText FileIsZipWithoutWorkbook => T($"文件是不含工作簿的 zip 压缩包，不是 Excel 表格，{UploadSpreadsheet}", "the file is a zip archive without a workbook, not a spreadsheet");

    public static LocalizedText FileIsXlsb =>
        T("文件是 Excel 二进制工作簿（.xlsb），无法读取，请在 Excel 中另存为 .xlsx 后上传", "the file is an Excel binary workbook (.xlsb), which cannot be read; save it as .xlsx");

    public static LocalizedText WorkbookOutOfPlace =>
        T("文件的工作簿不在标准位置（xl/workbook.xml），无法读取，请在 Excel 中打开后另存为 .xlsx 再上传", "the workbook is not at its standard place (xl/workbook.xml); open it in Excel and save it as .xlsx");

    public static LocalizedText FileIsExcel2003Xml => T("文件是 Excel 2003 XML 表格，请在 Excel 中另存为 .xlsx 后上传", "the file is an Excel 2003 XML spreadsheet; save it as .xlsx");

    public static LocalizedText WebPageWithoutTable => T("文件是网页（HTML/XML），其中没有表格，请在 Excel 中另存为 .xlsx 后上传", "the file is a web page (HTML/XML) without a table");

    public static LocalizedText PasswordProtected => T("文件设置了密码或已加密，请取消密码保护后重新上传", "the file is password-protected or encrypted");

    public static LocalizedText MalformedXml(string detail) =>
        T($"文件中的 XML 内容已损坏，或含有 Excel 不会写入的 DTD 声明，无法读取，{SaveAgain}", $"the file's XML is malformed or declares a DTD, which Excel never writes: {detail}");

    public static LocalizedText Corrupt(string detail) => T($"文件已损坏或格式不正确，无法读取，{SaveAgain}", $"the file is corrupt or malformed: {detail}");

    public static LocalizedText CorruptZip => T("文件已损坏（zip 结构无法读取），请重新保存后上传", "the file is corrupt: its zip structure cannot be read");

    public static LocalizedText TooManyRows(int limit) => T($"文件超过 {limit} 行的上限", $"the file has more than {limit} rows");

    public static LocalizedText TooSlow(double seconds) =>
        T($"读取文件超过 {seconds:0} 秒的时限", $"reading the file took longer than {seconds:0} s");

    public static LocalizedText TimedOut(double seconds) =>
        T($"读取文件超时（超过 {seconds:0} 秒），文件可能已损坏或结构异常，{SaveAgain}", $"reading it timed out after {seconds:0} s");

    public static LocalizedText CellTooLong(string cell, int limit) =>
        T($"单元格 {cell} 超过 {limit} 个字符", $"cell {cell} is longer than {limit} characters");

    public static LocalizedText CsvCellTooLong(long row, int limit, bool quoted) =>
        T($"CSV 第 {row} 行有单元格超过 {limit} 个字符{(quoted ? "（可能是引号没有闭合）" : string.Empty)}",
          $"a cell in CSV row {row} is longer than {limit} characters{(quoted ? " (perhaps an unclosed quote)" : string.Empty)}");

    public static LocalizedText HtmlCellTooLong(int limit) =>
        T($"网页表格中有单元格超过 {limit} 个字符", $"an HTML table cell is longer than {limit} characters");

    public static LocalizedText PackageTooLarge(string limit) =>
        T($"文件解压后超过 {limit} 的上限，疑似压缩炸弹，未读取", $"the package decompresses beyond {limit}; not read");

    public static LocalizedText PartTooLarge(string part, string size, string limit) =>
        T($"文件中的 {part} 解压后有 {size}，超过 {limit} 的上限，未读取", $"the part {part} decompresses to {size}, over the limit of {limit}; not read");

    public static LocalizedText PartOverCompressed(string part, double limit) =>
        T($"文件中的 {part} 压缩比超过 {limit}:1，疑似压缩炸弹，未读取", $"the part {part} is compressed more than {limit}:1; not read");

    public static LocalizedText CellOutsideGrid(string part, LocalizedText where, int gridRows, int gridColumns) =>
        T($"文件中的 {part} 写有{where.Zh}，超出 Excel 表格的范围（{gridRows} 行 × {gridColumns} 列），文件已损坏或被篡改，未读取",
          $"the part {part} holds {where.En}, outside Excel's grid of {gridRows} rows by {gridColumns} columns; not read");

    /// <summary>The name a table of a web page goes by when the page holds several: 表2.</summary>
    public static LocalizedText WebTableName(int number) => T($"表{number}", $"table {number}");

    public static LocalizedText GridRow(string number) => T($"第 {number} 行", $"row {number}");

    public static LocalizedText GridCell(long row, long column) => T($"第 {row} 行第 {column} 列的单元格", $"the cell in row {row}, column {column}");

    public static LocalizedText GridReference(string reference) => T($"单元格 {reference}", $"cell {reference}");
}
