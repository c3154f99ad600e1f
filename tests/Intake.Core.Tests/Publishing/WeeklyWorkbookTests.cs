using ExcelDataReader;
using Intake.Core.Catalog;
using Intake.Core.Publishing;
using Intake.Core.Rollups;

namespace Intake.Core.Tests.Publishing;

public sealed class WeeklyWorkbookTests
{
    [Fact]
    public void TheWorkbookHasTheSummaryCompletenessAndReconciliationSheets()
    {
        var sheets = Read(PublishingFixture.Report());

        Assert.Equal([WeeklyWorkbook.SummarySheet, WeeklyWorkbook.CompletenessSheet, WeeklyWorkbook.ReconciliationSheet], sheets.Keys);
    }

    [Fact]
    public void TheSummaryWritesChineseNamesUnitsAndQualifiersAsOfficesDo()
    {
        var summary = Read(PublishingFixture.Report())[WeeklyWorkbook.SummarySheet];

        Assert.Contains("2022年第13周", summary[0][0], StringComparison.Ordinal);
        Assert.Equal(["单位", "指标", "计量单位", "本周", "累计", "汇总方式", "报送份数"], summary[1]);
        Assert.Equal("上街区", summary[2][0]);
        Assert.Contains(["区城管局", "整修路灯", "盏", "300", "2000", "合计", "1"], summary);
        Assert.Contains(["区人社局", "城镇登记失业率", "%", "2", "", "最新值", "1"], summary);
        Assert.Contains(["上街区", "走访企业", "次", "20", "", "合计", "2"], summary);
    }

    [Fact]
    public void BoundedValuesStayNumbersThatASpreadsheetSumsAndShowTheirQualifierByTheirFormat()
    {
        using var stream = new MemoryStream();
        WeeklyWorkbook.Write(CatalogLoader.Default, PublishingFixture.Report(), PublishingFixture.Report().Completeness, stream);
        stream.Position = 0;
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        using var reader = ExcelReaderFactory.CreateReader(stream);
        var (sum, formats) = (0d, new Dictionary<string, string>());
        while (reader.Read())
        {
            if (reader.GetValue(4) is double cumulative)
            {
                sum += cumulative;
                formats[reader.GetString(1)] = reader.GetNumberFormatString(4);
            }

            if (reader.GetValue(3) is double amount && reader.GetString(1) == "城镇登记失业率")
            {
                formats["rate"] = reader.GetNumberFormatString(3);
            }
        }

        Assert.Equal(4000d, sum);
        Assert.Equal("General\"余\"", formats["整修路灯"]);
        Assert.Equal("General\"%以内\"", formats["rate"]);
    }

    [Fact]
    public void ColumnsFitTheirChineseTextAndTheHeaderStaysInView()
    {
        using var stream = new MemoryStream();
        WeeklyWorkbook.Write(CatalogLoader.Default, PublishingFixture.Report(), PublishingFixture.Report().Completeness, stream);
        using var zip = new System.IO.Compression.ZipArchive(stream);
        using var sheet = new StreamReader(zip.GetEntry("xl/worksheets/sheet1.xml")!.Open());
        var xml = System.Xml.Linq.XDocument.Parse(sheet.ReadToEnd());
        System.Xml.Linq.XNamespace ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

        var pane = xml.Descendants(ns + "pane").Single();
        Assert.Equal(("2", "frozen"), ((string?)pane.Attribute("ySplit"), (string?)pane.Attribute("state")));
        var widths = xml.Descendants(ns + "col").Select(c => double.Parse((string)c.Attribute("width")!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        // 城镇登记失业率 is seven Chinese characters: fourteen character widths and a margin.
        Assert.True(widths[1] >= 16, $"the 指标 column is {widths[1]} wide");
        Assert.Equal(7, widths.Count);
    }

    [Fact]
    public void CompletenessShowsEveryExpectedReporterByWeek()
    {
        var history = PublishingFixture.Report().Completeness
            .Concat([new CompletenessEntry("2022-W12", new("cgj"), true, false, false, null, null)])
            .ToList();
        var sheet = Read(PublishingFixture.Report(), history)[WeeklyWorkbook.CompletenessSheet];

        Assert.Equal(["单位", "2022-W12", "2022-W13", "本周报送时间"], sheet[0]);
        Assert.Equal(["区城管局", "未报", "按时", "2022-04-04 09:00"], sheet.Single(r => r[0] == "区城管局"));
        Assert.Equal("迟报", sheet.Single(r => r[0] == "区人社局")[2]);
        Assert.Equal("未报", sheet.Single(r => r[0] == "矿山街道")[2]);
        Assert.Equal(12, sheet.Count);
    }

    [Fact]
    public void CompletenessCellsAreColouredByStatus()
    {
        using var stream = new MemoryStream();
        WeeklyWorkbook.Write(CatalogLoader.Default, PublishingFixture.Report(), PublishingFixture.Report().Completeness, stream);
        using var zip = new System.IO.Compression.ZipArchive(stream);
        using var sheet = new StreamReader(zip.GetEntry("xl/worksheets/sheet2.xml")!.Open());
        var xml = sheet.ReadToEnd();

        Assert.Contains($"s=\"{(int)Intake.Core.Workbooks.CellStyle.GoodFill}\" t=\"inlineStr\"><is><t xml:space=\"preserve\">按时<", xml, StringComparison.Ordinal);
        Assert.Contains($"s=\"{(int)Intake.Core.Workbooks.CellStyle.WarningFill}\" t=\"inlineStr\"><is><t xml:space=\"preserve\">迟报<", xml, StringComparison.Ordinal);
        Assert.Contains($"s=\"{(int)Intake.Core.Workbooks.CellStyle.BadFill}\" t=\"inlineStr\"><is><t xml:space=\"preserve\">未报<", xml, StringComparison.Ordinal);
    }

    [Fact]
    public void ReconciliationListsEachItemWithTheValueUsed()
    {
        var sheet = Read(PublishingFixture.Report())[WeeklyWorkbook.ReconciliationSheet];

        var row = Assert.Single(sheet.Skip(1));
        Assert.Equal(["工业路街道", "城镇新增就业", "本期", "数据冲突", "14", "12"], row.Take(6));
        Assert.Contains("区人社局报12人", row[6], StringComparison.Ordinal);
    }

    [Fact]
    public void TextThatLooksLikeAFormulaIsWrittenAsText()
    {
        // An org unit the catalog does not know is named by its code, and the sentence starts with it.
        var report = PublishingFixture.Report();
        var item = report.Reconciliations[0] with { OrgUnit = new("=HYPERLINK(\"http://x\")") };
        var sheet = Read(report with { Reconciliations = [item] })[WeeklyWorkbook.ReconciliationSheet];

        Assert.Equal("'=HYPERLINK(\"http://x\")", sheet[1][0]);
        Assert.StartsWith("'=HYPERLINK(\"http://x\")「城镇新增就业」", sheet[1][6], StringComparison.Ordinal);
    }

    private static Dictionary<string, List<string[]>> Read(WeeklyReport report, IReadOnlyList<CompletenessEntry>? history = null)
    {
        using var stream = new MemoryStream();
        WeeklyWorkbook.Write(CatalogLoader.Default, report, history ?? report.Completeness, stream);
        stream.Position = 0;
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        using var reader = ExcelReaderFactory.CreateReader(stream);
        var sheets = new Dictionary<string, List<string[]>>();
        do
        {
            var rows = new List<string[]>();
            while (reader.Read())
            {
                rows.Add(Enumerable.Range(0, reader.FieldCount).Select(i => Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty).ToArray());
            }

            sheets[reader.Name] = rows;
        }
        while (reader.NextResult());
        return sheets;
    }
}
