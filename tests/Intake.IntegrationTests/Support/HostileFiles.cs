using System.IO.Compression;
using System.Text;

namespace Intake.IntegrationTests.Support;

/// <summary>
/// One small file of each kind the reading tests turn away (Intake.Core.Tests/Reading: HostileFileTests,
/// DamagedFileTests), built here so that each can also be sent through the whole ingest path.
/// </summary>
internal static class HostileFiles
{
    private const string Sample = "城管局2022年第13周周报.xlsx";

    public static IReadOnlyList<string> Kinds { get; } =
    [
        "zip-bomb", "cell-outside-grid", "billion-laughs", "encrypted-xlsx", "encrypted-xls",
        "empty", "pdf", "image", "word-document", "truncated-sample", "bit-flipped-sample",
    ];

    /// <summary>The file of one kind and the extension a clerk would have given it.</summary>
    public static (byte[] Content, string Extension) Build(string kind) => kind switch
    {
        // A real report with a 5 MiB part of zeros beside it: over the default compression ratio of 200:1.
        "zip-bomb" => (WithPart(TestReports.LongWorkbook(("整修路灯", 160)), "xl/media/zeros.bin", new byte[5 * 1024 * 1024]), ".xlsx"),
        "cell-outside-grid" => (WithPart(TestReports.LongWorkbook(("整修路灯", 160)), "xl/worksheets/sheet1.xml", Encoding.UTF8.GetBytes(
            Worksheet("<row r=\"1\"><c r=\"ZZZZZZ1\"><v>1</v></c></row>"))), ".xlsx"),
        "billion-laughs" => (WithPart(TestReports.LongWorkbook(("整修路灯", 160)), "xl/worksheets/sheet1.xml", Encoding.UTF8.GetBytes(
            BillionLaughs() + Worksheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&lol9;</t></is></c></row>"))), ".xlsx"),
        "encrypted-xlsx" => (File.ReadAllBytes(Corpus("agile_AES128_SHA1_CBC_pwd_password.xlsx")), ".xlsx"),
        "encrypted-xls" => (File.ReadAllBytes(Corpus("Test_git_issue_242_std_rc4_pwd_password.xls")), ".xls"),
        "empty" => ([], ".xlsx"),
        "pdf" => (Encoding.Latin1.GetBytes("%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"), ".xlsx"),
        "image" => (Encoding.Latin1.GetBytes("\u0089PNG\r\n\u001a\n\0\0\0\rIHDR"), ".xlsx"),
        "word-document" => (Zip(
            ("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"),
            ("word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body/></w:document>")), ".xlsx"),
        "truncated-sample" => (SampleBytes()[..(SampleBytes().Length / 2)], ".xlsx"),
        "bit-flipped-sample" => (FlipEndOfCentralDirectory(SampleBytes()), ".xlsx"),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "no such hostile file"),
    };

    private static byte[] SampleBytes() => File.ReadAllBytes(RepositoryPaths.Sample(Sample));

    private static string Corpus(string name) => Path.Combine(RepositoryPaths.Root, "tests", "corpus", "exceldatareader", name);

    private static string Worksheet(string sheetData) =>
        $"<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>{sheetData}</sheetData></worksheet>";

    private static string BillionLaughs()
    {
        var dtd = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol0 \"lol\">");
        for (var level = 1; level <= 9; level++)
        {
            dtd.Append($"<!ENTITY lol{level} \"{string.Concat(Enumerable.Repeat($"&lol{level - 1};", 10))}\">");
        }

        return dtd.Append("]>").ToString();
    }

    // The zip's directory is found by the signature of its last record: one bit off there, and nothing of it can be read.
    private static byte[] FlipEndOfCentralDirectory(byte[] zip)
    {
        var at = zip.AsSpan().LastIndexOf("PK\u0005\u0006"u8);
        if (at < 0)
        {
            throw new InvalidOperationException($"{Sample} has no end-of-central-directory record.");
        }

        var flipped = (byte[])zip.Clone();
        flipped[at + 2] ^= 0x01;
        return flipped;
    }

    private static byte[] WithPart(MemoryStream workbook, string partName, byte[] content)
    {
        using (var zip = new ZipArchive(workbook, ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry(partName)?.Delete();
            using var part = zip.CreateEntry(partName, CompressionLevel.SmallestSize).Open();
            part.Write(content);
        }

        return workbook.ToArray();
    }

    private static byte[] Zip(params (string Name, string Text)[] parts)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in parts)
            {
                using var part = zip.CreateEntry(name).Open();
                part.Write(Encoding.UTF8.GetBytes(text));
            }
        }

        return stream.ToArray();
    }
}
