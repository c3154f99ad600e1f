using System.Text;
using Intake.Core.Catalog;
using Intake.Core.Metadata;
using Intake.Core.Reading;
using Intake.Core.Reports;
using Intake.Core.Tests.Support;
using static Intake.Core.Tests.Support.XlsxParts;

namespace Intake.Core.Tests.Reading;

/// <summary>
/// Characters outside the Basic Multilingual Plane — emoji, and the CJK characters of Extension B and later that
/// people's names use (𠮷) — are read as they are wherever a file holds them.
/// </summary>
public sealed class UnicodeTextTests
{
    private const string Emoji = "😀";
    private const string ExtensionB = "𠮷";
    private const string Label = "走访企业" + ExtensionB + Emoji;

    private static readonly ReportParser Parser = new(CatalogLoader.Default, new ReadLimits());

    public static TheoryData<string> Places() => ["shared", "inline", "rich shared", "rich inline", "csv utf-8", "csv utf-16", "csv gb18030", "xls"];

    [Theory]
    [MemberData(nameof(Places))]
    public void AnEmojiAndAnExtensionBCharacterAreQuotedAsTheyAreWrittenWhereverTheyStand(string place)
    {
        using var file = FileWith(place, Label);

        var result = Parser.Parse(file, new ReportHints("峡窝镇2022年第13周周报" + (place.StartsWith("csv", StringComparison.Ordinal) ? ".csv" : ".xlsx")));

        // The label is no catalog name: the clerk is told so, quoting it character for character.
        var issue = Assert.Single(result.Issues);
        Assert.Equal(IssueCodes.UnknownIndicator, issue.Code);
        Assert.Equal(Label, issue.Found);
        Assert.Contains(Label, issue.MessageZh, StringComparison.Ordinal);
        Assert.True(issue.MessageZh.IsNormalized(NormalizationForm.FormC), "the message holds a broken surrogate pair");
    }

    [Fact]
    public void ASheetNamedWithAnEmojiNamesItsCells()
    {
        using var file = NamedSheetPackage("周报" + Emoji, Row(1, Text("A1", "指标"), Text("B1", "本周")) + Row(2, Text("A2", "走访企业"), "<c r=\"B2\"><v>12</v></c>"));

        var result = Parser.Parse(file, new ReportHints("峡窝镇2022年第13周周报.xlsx"));

        Assert.Equal(ReportStatus.Accepted, result.Status);
        Assert.Equal("周报" + Emoji + "!B2", Assert.Single(result.Facts).Cell);
    }

    [Fact]
    public void ATitleAndARemarkWithEmojiLeaveTheReportAsItIs()
    {
        // The header grammar splits measure words off names at every length; a cut between the halves of a pair threw.
        using var file = Workbook.Csv($"峡窝镇{ExtensionB}2022年第13周工作周报{Emoji}\n指标,本周,备注\n走访企业,12,{Emoji}重点企业{ExtensionB}\n");

        var result = Parser.Parse(file, new ReportHints("周报.csv"));

        Assert.Equal(("xiawo", "2022-W13", ReportStatus.Accepted), (result.Reporter, result.Period?.Code, result.Status));
        Assert.Equal(12d, Assert.Single(result.Facts).Value);
    }

    [Fact]
    public void AnUnpairedSurrogateInAFileIsAReplacementCharacterNotACrash()
    {
        // Excel's _xHHHH_ escape can spell half a pair; what it spells is no character.
        using var file = SheetPackage(Row(1, Text("A1", "指标"), Text("B1", "本周")) + Row(2, Text("A2", "走访企业_xD83D_"), "<c r=\"B2\"><v>12</v></c>"));

        var result = Parser.Parse(file, new ReportHints("峡窝镇2022年第13周周报.xlsx"));

        var issue = Assert.Single(result.Issues);
        Assert.Equal((IssueCodes.UnknownIndicator, "走访企业\uFFFD"), (issue.Code, issue.Found));
    }

    [Fact]
    public void CleanReplacesOnlyUnpairedSurrogates()
    {
        // Built from code units: theory data cannot carry half a pair through its serialization.
        const char High = '\uD83D';
        const char Low = '\uDE00';
        var cases = new (string Text, string Clean)[]
        {
            ("abc", "abc"),
            ($"a{High}{Low}b", $"a{High}{Low}b"),
            ($"a{High}b", "a\uFFFDb"),
            ($"a{Low}", "a\uFFFD"),
            ($"{Low}{High}", "\uFFFD\uFFFD"),
            ($"{ExtensionB}{High}", ExtensionB + "\uFFFD"),
        };

        Assert.All(cases, c => Assert.Equal(c.Clean, UnicodeText.Clean(c.Text)));
    }

    [Theory]
    [InlineData("ab😀", 3, "ab")]
    [InlineData("ab😀", 4, "ab😀")]
    [InlineData("abcd", 2, "ab")]
    [InlineData("😀😀", 3, "😀")]
    public void PrefixNeverCutsAPairInTwo(string text, int length, string prefix) => Assert.Equal(prefix, UnicodeText.Prefix(text, length));

    private static MemoryStream FileWith(string place, string label)
    {
        const string Header = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>指标</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>本周</t></is></c></row>";
        const string Value = "<c r=\"B2\"><v>12</v></c>";
        var (half1, half2) = (label[..4], label[4..]);
        return place switch
        {
            "shared" => SheetPackage(Header + Row(2, "<c r=\"A2\" t=\"s\"><v>0</v></c>", Value), Part("xl/sharedStrings.xml", SharedStrings([label]))),
            "inline" => SheetPackage(Header + Row(2, Text("A2", label), Value)),
            "rich shared" => SheetPackage(Header + Row(2, "<c r=\"A2\" t=\"s\"><v>0</v></c>", Value),
                Part("xl/sharedStrings.xml", $"<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si>{Runs(half1, half2)}</si></sst>")),
            "rich inline" => SheetPackage(Header + Row(2, $"<c r=\"A2\" t=\"inlineStr\"><is>{Runs(half1, half2)}</is></c>", Value)),
            "csv utf-8" => Workbook.Csv($"指标,本周\n{label},12\n"),
            "csv utf-16" => Workbook.Csv($"\uFEFF指标\t本周\n{label}\t12\n", Encoding.Unicode),
            "csv gb18030" => Workbook.Csv($"指标,本周\n{label},12\n", Encoding.GetEncoding("GB18030")),
            _ => XlsWorkbook.Write(("周报", [["指标", "本周"], [label, 12]], [])),
        };
    }

    private static string Runs(string first, string second) =>
        $"<r><t>{first}</t></r><r><rPr><b/><sz val=\"11\"/></rPr><t>{second}</t></r>";

    private static string Row(int number, params string[] cells) => $"<row r=\"{number}\">{string.Concat(cells)}</row>";
}
