using System.Buffers.Binary;
using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using Intake.Core.Catalog;
using Intake.Core.Metadata;
using Intake.Core.Reading;
using Intake.Core.Reports;
using Intake.Core.Tests.Support;
using static Intake.Core.Tests.Support.XlsxParts;

namespace Intake.Core.Tests.Reading;

/// <summary>
/// Files built to hurt the reader, and honest files in the encodings and dialects offices produce.
/// Each test builds its own small fixture; every bad file must end in one clean
/// <c>unreadable-file</c> issue whose Chinese message says what is wrong.
/// </summary>
public sealed class HostileFileTests
{
    private const string CgjXlsx = "城管局2022年第13周周报.xlsx";
    private const string XiawoCsv = "峡窝镇2022年第13周周报.csv";
    private const string XiawoReport = "指标,本周,累计\r\n走访企业,12,131\r\n";

    private static readonly TimeSpan Quickly = TimeSpan.FromSeconds(10);

    [Fact]
    public void PackageOverTheUncompressedLimitIsTurnedAway()
    {
        var limits = new ReadLimits { MaxUncompressedBytes = 64 * 1024 };
        using var file = SheetPackage(ReportRows(), ("xl/media/image1.bin", RandomBytes(64 * 1024 + 1, seed: 1)));

        var issue = AssertUnreadable(Parse(file, limits: limits));

        Assert.Contains("解压后超过 64 KB", issue.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void PartOverTheConfiguredCompressionRatioIsTurnedAway()
    {
        // Random digits compress a little over 2:1: fine by default, over a ratio of 1.5.
        var digits = Encoding.ASCII.GetBytes(RandomDigits(1_500_000, seed: 2));
        using var file = SheetPackage(ReportRows(), ("xl/media/digits.txt", digits));

        var issue = AssertUnreadable(Parse(file, limits: new ReadLimits { MaxCompressionRatio = 1.5 }));
        file.Position = 0;
        var byDefault = Parse(file);

        Assert.Contains("压缩比超过 1.5:1", issue.MessageZh, StringComparison.Ordinal);
        Assert.Equal(ReportStatus.Accepted, byDefault.Status);
    }

    [Fact]
    public void FiveMegabytesOfZerosTripTheDefaultCompressionRatio()
    {
        using var file = SheetPackage(ReportRows(), ("xl/media/zeros.bin", new byte[5 * 1024 * 1024]));

        var issue = AssertUnreadable(Parse(file));

        Assert.Contains("xl/media/zeros.bin 压缩比超过 200:1", issue.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void SharedStringsOverThePartLimitAreNotLoaded()
    {
        var strings = SharedStrings(Enumerable.Range(0, 2000).Select(i => $"字符串{i}").ToArray());
        using var file = SheetPackage(ReportRows(), Part("xl/sharedStrings.xml", strings));

        var issue = AssertUnreadable(Parse(file, limits: new ReadLimits { MaxPartBytes = 16 * 1024 }));

        Assert.Contains("xl/sharedStrings.xml 解压后有", issue.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void PartThatUnderstatesItsSizeIsNotExpandedBeyondIt()
    {
        // Deflate turns a megabyte into a thousand bytes; a part that claims to be small must stay small.
        var huge = "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>" + new string('a', 20 * 1024 * 1024) + "</t></si></sst>";
        var bytes = SheetPackage(SharedStringRow(), Part("xl/sharedStrings.xml", huge)).ToArray();
        UnderstateSize(bytes, "xl/sharedStrings.xml", 1000);
        using var file = new MemoryStream(bytes);
        var allocated = GC.GetAllocatedBytesForCurrentThread();

        AssertUnreadable(Parse(file));

        Assert.InRange(GC.GetAllocatedBytesForCurrentThread() - allocated, 0, 20L * 1024 * 1024);
    }

    [Fact]
    public void ZipOfAWordDocumentIsNamedAsSuch()
    {
        using var file = Zip(
            Part("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"),
            Part("word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body/></w:document>"));

        var issue = AssertUnreadable(Parse(file, "城管局2022年第13周周报.xlsx"));

        Assert.Contains("Word 文档", issue.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void BinaryXlsbWorkbookIsAskedToBeSavedAsXlsx()
    {
        using var file = Zip(Part("[Content_Types].xml", "<Types/>"), ("xl/workbook.bin", [0x83, 0x01, 0x00]));

        var issue = AssertUnreadable(Parse(file, "城管局2022年第13周周报.xlsb"));

        Assert.Contains(".xlsb", issue.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void WorkbookOutsideItsStandardPlaceIsNamedAsSuch()
    {
        using var file = Zip(Part("workbook.xml", WorkbookXml), Part("sheet1.xml", Worksheet(ReportRows())));

        var issue = AssertUnreadable(Parse(file));

        Assert.Contains("xl/workbook.xml", issue.MessageZh, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData('\\', false)]
    [InlineData('/', true)]
    public void PartNamesWithBackslashesOrOtherLetterCaseStillMakeAWorkbook(char separator, bool upperCase)
    {
        string Name(string name) => upperCase ? name.Replace('/', separator).ToUpperInvariant() : name.Replace('/', separator);
        using var file = Zip(
            Part(Name("xl/workbook.xml"), WorkbookXml),
            Part(Name("xl/_rels/workbook.xml.rels"), WorkbookRelationships),
            Part(Name("xl/worksheets/sheet1.xml"), Worksheet(ReportRows())));

        var result = Parse(file);

        Assert.Equal(ReportStatus.Accepted, result.Status);
        Assert.Contains(result.Facts, f => f.Indicator == "streetlights_repaired" && f.Value == 160);
    }

    [Fact]
    public void DimensionClaimingTheWholeGridStillReadsItsTwoRowsFast()
    {
        using var file = Zip(
            Part("xl/workbook.xml", WorkbookXml),
            Part("xl/_rels/workbook.xml.rels", WorkbookRelationships),
            Part("xl/worksheets/sheet1.xml", Worksheet(ReportRows(), dimension: "A1:XFD1048576")));
        var clock = Stopwatch.StartNew();

        var rows = SpreadsheetReader.Read(file, new ReadLimits()).SelectMany(s => s.Rows).Where(r => !r.IsEmpty).ToList();
        file.Position = 0;
        var result = Parse(file);

        Assert.InRange(clock.Elapsed, TimeSpan.Zero, Quickly);
        Assert.Equal(["指标 本周 累计", "整修路灯 160 2000余"], rows.Select(r => r.JoinedText));
        Assert.Equal(ReportStatus.Accepted, result.Status);
    }

    [Theory]
    [InlineData("<row r=\"1\"><c r=\"ZZZZZZ1\"><v>1</v></c></row>", "ZZZZZZ1")]
    [InlineData("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row><row r=\"2000000000\"><c r=\"A2000000000\"><v>1</v></c></row>", "2000000000")]
    [InlineData("<row r=\"1\"><c r=\"XFD1\"><v>1</v></c><c><v>2</v></c></row>", "第 1 行第 16385 列")]
    [InlineData("<x:row xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" r=\"1\"><x:c r=\"ZZZZZZ1\"><x:v>1</x:v></x:c></x:row>", "ZZZZZZ1")]
    [InlineData("<row r='1'><c r = 'ZZZZZZ1'><v>1</v></c></row>", "ZZZZZZ1")]
    [InlineData("<row r=\"1\"><c s=\"a>b\" r=\"ZZZZZZ1\"><v>1</v></c></row>", "ZZZZZZ1")]
    [InlineData("<row r=\"1\"><c r=\"&#90;ZZZZZ1\"><v>1</v></c></row>", "ZZZZZZ1")]
    [InlineData("<!-- <c r=\"A1\"> --><row r=\"1\"><c r=\"ZZZZZZ1\"><v>1</v></c></row>", "ZZZZZZ1")]
    [InlineData("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t><![CDATA[<c r=\"A2\">]]></t></is></c><c r=\"ZZZZZZ1\"><v>1</v></c></row>", "ZZZZZZ1")]
    public void CellOutsideExcelsGridIsTurnedAwayBeforeAnythingIsAllocatedForIt(string sheetData, string named)
    {
        // ExcelDataReader 3.6 would allocate a row array as wide as column ZZZZZZ (2.5 GB), or step
        // through two billion empty rows.
        using var file = SheetPackage(sheetData);
        var clock = Stopwatch.StartNew();
        var allocated = GC.GetAllocatedBytesForCurrentThread();

        var issue = AssertUnreadable(Parse(file));

        Assert.InRange(clock.Elapsed, TimeSpan.Zero, Quickly);
        Assert.InRange(GC.GetAllocatedBytesForCurrentThread() - allocated, 0, 50L * 1024 * 1024);
        Assert.Contains(named, issue.MessageZh, StringComparison.Ordinal);
        Assert.Contains("超出 Excel 表格的范围", issue.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void AUtf16WorksheetIsScannedForTheGridToo()
    {
        var sheet = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(
            "<?xml version=\"1.0\" encoding=\"UTF-16\"?>" + WorksheetElement("<row r=\"1\"><c r=\"ZZZZZZ1\"><v>1</v></c></row>", null))).ToArray();
        using var file = Zip(Part("xl/workbook.xml", WorkbookXml), Part("xl/_rels/workbook.xml.rels", WorkbookRelationships), ("xl/worksheets/sheet1.xml", sheet));

        var issue = AssertUnreadable(Parse(file));

        Assert.Contains("ZZZZZZ1", issue.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void StrayCellInTheGridsLastRowIsReachedQuickly()
    {
        using var file = SheetPackage(ReportRows() + "<row r=\"1048576\"><c r=\"A1048576\" t=\"inlineStr\"><is><t>备注</t></is></c></row>");
        var clock = Stopwatch.StartNew();

        var result = Parse(file);

        Assert.InRange(clock.Elapsed, TimeSpan.Zero, Quickly);
        Assert.Equal(ReportStatus.Accepted, result.Status);
    }

    [Fact]
    public void ThousandsOfMergedRangesCostEachRowOnlyTheRangesOnIt()
    {
        using var file = Workbook.Xlsx(w =>
        {
            var sheet = w.AddSheet("周报").Row("指标", "本周", "累计").Row("整修路灯", 160, "2000余");
            for (var row = 3; row <= 60_000; row++)
            {
                sheet.Row("说明", null, null).Merge($"A{row}:C{row}");
            }
        });
        var clock = Stopwatch.StartNew();

        var rows = SpreadsheetReader.Read(file, new ReadLimits()).SelectMany(s => s.Rows).ToList();

        Assert.InRange(clock.Elapsed, TimeSpan.Zero, Quickly);
        Assert.Equal("说明", rows[^1][2]?.Text);
        Assert.Equal("160", rows[1][1]?.Text);
    }

    [Fact]
    public void CellLongerThanTheLimitIsNamed()
    {
        using var file = Workbook.Sheet("周报", ["指标", "本周", "累计"], ["整修路灯", 160, new string('余', 101)]);

        var issue = AssertUnreadable(Parse(file, limits: new ReadLimits { MaxCellLength = 100 }));

        Assert.Contains("单元格 周报!C2 超过 100 个字符", issue.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void CsvCellLongerThanTheLimitIsNamed()
    {
        using var file = Workbook.Csv("指标,本周,累计\r\n走访企业,12," + new string('1', 101) + "\r\n");

        var issue = AssertUnreadable(Parse(file, XiawoCsv, new ReadLimits { MaxCellLength = 100 }));

        Assert.Contains("CSV 第 2 行有单元格超过 100 个字符", issue.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void UnclosedQuoteIsSuspectedWhenItSwallowsTheFile()
    {
        using var file = Workbook.Csv("指标,本周,累计\r\n\"走访企业,12,131\r\n" + string.Concat(Enumerable.Repeat("收集企业问题,5,46\r\n", 20)));

        var issue = AssertUnreadable(Parse(file, XiawoCsv, new ReadLimits { MaxCellLength = 100 }));

        Assert.Contains("引号没有闭合", issue.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void MoreRowsThanTheLimitAreTurnedAway()
    {
        using var file = Workbook.Xlsx(w =>
        {
            var sheet = w.AddSheet("周报").Row("指标", "本周", "累计");
            for (var i = 0; i < 10; i++)
            {
                sheet.Row("整修路灯", i, i);
            }
        });

        var issue = AssertUnreadable(Parse(file, limits: new ReadLimits { MaxRows = 5 }));

        Assert.Contains("超过 5 行的上限", issue.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void MoreCsvRowsThanTheLimitAreTurnedAway()
    {
        using var file = Workbook.Csv("指标,本周,累计\r\n" + string.Concat(Enumerable.Repeat("走访企业,12,131\r\n", 10)));

        var issue = AssertUnreadable(Parse(file, XiawoCsv, new ReadLimits { MaxRows = 5 }));

        Assert.Contains("超过 5 行的上限", issue.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseTimeOfZeroIsExceededAtTheFirstRow()
    {
        using var file = Workbook.Sheet("周报", ["指标", "本周", "累计"], ["整修路灯", 160, "2000余"]);

        var issue = AssertUnreadable(Parse(file, limits: new ReadLimits { MaxParseTime = TimeSpan.Zero }));

        Assert.Contains("秒的时限", issue.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseTimeOfOneTickIsExceededByACsv()
    {
        using var file = Workbook.Csv(XiawoReport);

        var issue = AssertUnreadable(Parse(file, XiawoCsv, new ReadLimits { MaxParseTime = TimeSpan.FromTicks(1) }));

        Assert.Contains("秒的时限", issue.MessageZh, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("xl/sharedStrings.xml")]
    [InlineData("xl/worksheets/sheet1.xml")]
    public void BillionLaughsAreNeverExpanded(string part)
    {
        var dtd = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol0 \"lol\">");
        for (var level = 1; level <= 10; level++)
        {
            dtd.Append($"<!ENTITY lol{level} \"{string.Concat(Enumerable.Repeat($"&lol{level - 1};", 10))}\">");
        }

        dtd.Append("]>");
        using var file = part == "xl/sharedStrings.xml"
            ? SheetPackage(SharedStringRow(), Part(part, dtd + SharedStrings(["&lol10;"])))
            : Zip(
                Part("xl/workbook.xml", WorkbookXml),
                Part("xl/_rels/workbook.xml.rels", WorkbookRelationships),
                Part(part, dtd + WorksheetElement("<row r=\"1\">" + Text("A1", "&lol10;") + "</row>", null)));
        var clock = Stopwatch.StartNew();
        var allocated = GC.GetAllocatedBytesForCurrentThread();

        var issue = AssertUnreadable(Parse(file));

        Assert.InRange(clock.Elapsed, TimeSpan.Zero, Quickly);
        Assert.InRange(GC.GetAllocatedBytesForCurrentThread() - allocated, 0, 50L * 1024 * 1024);
        Assert.Contains("DTD", issue.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void ExternalEntityIsNeverResolved()
    {
        var secret = Path.GetTempFileName();
        File.WriteAllText(secret, "机密内容");
        try
        {
            var strings = $"<?xml version=\"1.0\"?><!DOCTYPE sst [<!ENTITY xxe SYSTEM \"{new Uri(secret).AbsoluteUri}\">]><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>&xxe;</t></si></sst>";
            using var file = SheetPackage(SharedStringRow(), Part("xl/sharedStrings.xml", strings));

            var result = Parse(file);

            AssertUnreadable(result);
            Assert.DoesNotContain(result.Issues, i => i.MessageZh.Contains("机密内容", StringComparison.Ordinal) || i.MessageEn.Contains("机密内容", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(secret);
        }
    }

    [Theory]
    [InlineData("agile_AES128_SHA1_CBC_pwd_password.xlsx")]
    [InlineData("standard_AES128_SHA1_ECB_pwd_password.xlsx")]
    [InlineData("Test_git_issue_242_std_rc4_pwd_password.xls")]
    [InlineData("Test_git_issue_242_xor_pwd_password.xls")]
    public void EncryptedWorkbookIsNamedAsPasswordProtected(string corpusFile)
    {
        // Encrypting a workbook by hand means writing an OLE2 container and ECMA-376 encryption;
        // the public corpus has real ones, saved by Excel.
        var path = RepositoryPaths.CorpusFile(corpusFile);
        Assert.True(File.Exists(path), $"The public test corpus is missing {corpusFile}: expected it at {Path.GetFullPath(path)}.");
        using var file = File.OpenRead(path);

        var issue = AssertUnreadable(Parse(file, corpusFile));

        Assert.Contains("密码", issue.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void EmptyFileIsNamedAsEmpty()
    {
        using var file = new MemoryStream();

        var issue = AssertUnreadable(Parse(file));

        Assert.Contains("文件是空的", issue.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void RandomBytesAreNotTakenForASpreadsheet()
    {
        using var file = new MemoryStream(RandomBytes(4096, seed: 3));

        var issue = AssertUnreadable(Parse(file));

        Assert.Contains("无法识别的文件格式", issue.MessageZh, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", "PDF")]
    [InlineData("\u0089PNG\r\n\u001a\n\0\0\0\rIHDR", "图片")]
    [InlineData("BM\u0036\u0004\0\0\0\0\0\0\u0036\0\0\0", "图片")]
    [InlineData("<html><head><meta charset=\"utf-8\"><title>登录</title></head><body><p>登录已过期，请重新登录</p></body></html>", "网页")]
    [InlineData("\r\n  <!DOCTYPE HTML><html><body>指标</body></html>", "网页")]
    [InlineData("<!-- saved from url=(0014)about:internet --><html><body></body></html>", "网页")]
    public void OtherKindsOfFileAreNamed(string content, string named)
    {
        using var file = new MemoryStream(content.All(c => c <= 0xFF) ? Encoding.Latin1.GetBytes(content) : Encoding.UTF8.GetBytes(content));

        var issue = AssertUnreadable(Parse(file));

        Assert.Contains(named, issue.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void TextThatStartsLikeABitmapIsStillText()
    {
        using var file = Workbook.Csv("BMI,本周\r\n走访企业,12\r\n");

        var rows = SpreadsheetReader.Read(file, new ReadLimits()).SelectMany(s => s.Rows).ToList();

        Assert.Equal("BMI", rows[0][0]?.Text);
    }

    [Fact]
    public void Biff2WorksheetWithoutAnOle2ContainerIsRead()
    {
        using var file = new MemoryStream(Biff2Worksheet(["指标", "本周", "累计"], ["走访企业", 12d, 131d]));

        var result = Parse(file, "峡窝镇2022年第13周周报.xls");

        Assert.Equal(ReportStatus.Accepted, result.Status);
        Assert.Contains(result.Facts, f => f.Indicator == "enterprise_visits" && f.Value == 12);
    }

    [Theory]
    [InlineData("utf-8-bom")]
    [InlineData("utf-16le-bom")]
    [InlineData("utf-16be-bom")]
    [InlineData("gb18030")]
    public void CsvIsDecodedWhateverItsEncoding(string encodingName)
    {
        var (encoding, preamble) = encodingName switch
        {
            "utf-8-bom" => ((Encoding)new UTF8Encoding(true), true),
            "utf-16le-bom" => (Encoding.Unicode, true),
            "utf-16be-bom" => (Encoding.BigEndianUnicode, true),
            _ => (TextEncodingDetector.Gb18030, false),
        };
        using var file = new MemoryStream([.. preamble ? encoding.GetPreamble() : Array.Empty<byte>(), .. encoding.GetBytes(XiawoReport)]);

        var result = Parse(file, XiawoCsv);

        Assert.Equal(ReportStatus.Accepted, result.Status);
        var visits = Assert.Single(result.Facts, f => f.Indicator == "enterprise_visits" && f.Measure == Measure.Period);
        Assert.Equal((12d, "B2"), (visits.Value, visits.Cell));
    }

    [Theory]
    [InlineData('\t')]
    [InlineData(';')]
    public void CsvWithAnotherDelimiterIsSplitOnIt(char delimiter)
    {
        // Commas still turn up, as thousands separators, and may outnumber the delimiter.
        var d = delimiter;
        using var file = Workbook.Csv($"指标{d}本周{d}累计\r\n走访企业{d}1,200{d}1,013,100\r\n收集企业问题{d}1,005{d}1,046,000\r\n解决企业问题{d}4{d}41\r\n");

        var result = Parse(file, XiawoCsv);

        Assert.Equal(ReportStatus.Accepted, result.Status);
        Assert.Contains(result.Facts, f => f.Indicator == "enterprise_visits" && f.Measure == Measure.Period && f.Value == 1200);
        Assert.Contains(result.Facts, f => f.Indicator == "enterprise_visits" && f.Measure == Measure.Cumulative && f.Value == 1_013_100);
    }

    [Fact]
    public void QuotedCsvFieldsKeepTheirCommasQuotesAndLineBreaks()
    {
        using var file = Workbook.Csv("指标,本周,累计,备注\r\n走访企业,\"1,200\",131,\"第一行，含逗号, 和\"\"引号\"\"\r\n第二行\"\r\n收集企业问题,5,46,\r\n");

        var rows = SpreadsheetReader.Read(file, new ReadLimits()).SelectMany(s => s.Rows).ToList();
        file.Position = 0;
        var result = Parse(file, XiawoCsv);

        Assert.Equal(3, rows.Count);
        Assert.Equal("1,200", rows[1][1]?.Text);
        Assert.Equal("第一行，含逗号, 和\"引号\"\r\n第二行", rows[1][3]?.Text);
        Assert.Equal(ReportStatus.Accepted, result.Status);
        Assert.Contains(result.Facts, f => f.Indicator == "enterprise_visits" && f.Value == 1200);
    }

    [Fact]
    public void LineOfMillionsOfDelimitersKeepsOnlyTheColumnsRead()
    {
        using var file = Workbook.Csv("走访企业" + new string(',', 10_000_000) + "\r\n");
        var allocated = GC.GetAllocatedBytesForCurrentThread();

        var rows = SpreadsheetReader.Read(file, new ReadLimits()).SelectMany(s => s.Rows).ToList();

        Assert.Equal(256, Assert.Single(rows).Cells.Count);
        Assert.InRange(GC.GetAllocatedBytesForCurrentThread() - allocated, 0, 50L * 1024 * 1024);
    }

    [Fact]
    public void PackageOfTensOfThousandsOfPartsIsDealtWithQuickly()
    {
        var parts = Enumerable.Range(0, 50_000).Select(i => Part($"xl/media/part{i}.xml", "<x/>")).ToArray();
        using var file = SheetPackage(ReportRows(), parts);
        var clock = Stopwatch.StartNew();

        var result = Parse(file);

        Assert.InRange(clock.Elapsed, TimeSpan.Zero, Quickly);
        Assert.Equal(ReportStatus.Accepted, result.Status);
    }

    private static ParseResult Parse(Stream file, string fileName = CgjXlsx, ReadLimits? limits = null) =>
        new ReportParser(CatalogLoader.Default, limits ?? new ReadLimits()).Parse(file, new ReportHints(fileName));

    private static ReportIssue AssertUnreadable(ParseResult result)
    {
        Assert.Equal(ReportStatus.Rejected, result.Status);
        Assert.Empty(result.Facts);
        var issue = Assert.Single(result.Issues);
        Assert.Equal(IssueCodes.UnreadableFile, issue.Code);
        Assert.StartsWith("无法读取文件：", issue.MessageZh, StringComparison.Ordinal);
        return issue;
    }

    /// <summary>A 城管局 report: header and one indicator row, as inline strings and numbers.</summary>
    private static string ReportRows() =>
        "<row r=\"1\">" + Text("A1", "指标") + Text("B1", "本周") + Text("C1", "累计") + "</row>"
        + "<row r=\"2\">" + Text("A2", "整修路灯") + "<c r=\"B2\"><v>160</v></c>" + Text("C2", "2000余") + "</row>";

    private static string SharedStringRow() => "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>";

    /// <summary>Rewrites a part's uncompressed size in its local header and in the central directory.</summary>
    private static void UnderstateSize(byte[] zip, string partName, uint size)
    {
        var name = Encoding.UTF8.GetBytes(partName);
        var patched = 0;
        var at = -1;
        while (zip.AsSpan(at + 1).IndexOf(name) is var next and >= 0)
        {
            at += 1 + next;
            if (at >= 30 && BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(at - 30)) == 0x04034B50)
            {
                BinaryPrimitives.WriteUInt32LittleEndian(zip.AsSpan(at - 30 + 22), size);
                patched++;
            }
            else if (at >= 46 && BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(at - 46)) == 0x02014B50)
            {
                BinaryPrimitives.WriteUInt32LittleEndian(zip.AsSpan(at - 46 + 24), size);
                patched++;
            }
        }

        Assert.Equal(2, patched);
    }

    /// <summary>
    /// An Excel 2.x worksheet as old tools still write it: BIFF2 records, no OLE2 container,
    /// text in the Chinese code page.
    /// </summary>
    private static byte[] Biff2Worksheet(params object[][] rows)
    {
        var gbk = TextEncodingDetector.Gb18030;
        var records = new MemoryStream();
        void Record(ushort id, ReadOnlySpan<byte> data)
        {
            Span<byte> header = stackalloc byte[4];
            BinaryPrimitives.WriteUInt16LittleEndian(header, id);
            BinaryPrimitives.WriteUInt16LittleEndian(header[2..], (ushort)data.Length);
            records.Write(header);
            records.Write(data);
        }

        Record(0x0009, [0x00, 0x00, 0x10, 0x00]);
        Record(0x0042, BitConverter.GetBytes((ushort)936));
        Record(0x0000, [0, 0, (byte)rows.Length, 0, 0, 0, (byte)rows.Max(r => r.Length), 0]);
        for (var row = 0; row < rows.Length; row++)
        {
            for (var column = 0; column < rows[row].Length; column++)
            {
                byte[] cell = [(byte)row, 0, (byte)column, 0, 0, 0, 0];
                if (rows[row][column] is string text)
                {
                    var bytes = gbk.GetBytes(text);
                    Record(0x0004, [.. cell, (byte)bytes.Length, .. bytes]);
                }
                else
                {
                    Record(0x0003, [.. cell, .. BitConverter.GetBytes((double)rows[row][column])]);
                }
            }
        }

        Record(0x000A, []);
        return records.ToArray();
    }

    private static byte[] RandomBytes(int length, int seed)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    private static string RandomDigits(int length, int seed)
    {
        var random = new Random(seed);
        return string.Create(length, random, (chars, r) =>
        {
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = (char)('0' + r.Next(10));
            }
        });
    }
}
