using Intake.Core.Catalog;
using Intake.Core.Metadata;
using Intake.Core.Reading;
using Intake.Core.Reports;
using Intake.Core.Tests.Support;

namespace Intake.Core.Tests.Reading;

/// <summary>Only what the reader library throws for content it cannot read makes a file unreadable; a bug propagates.</summary>
public sealed class ReaderFailureTests
{
    private static readonly ReportParser Parser = new(CatalogLoader.Default, new ReadLimits());

    [Fact]
    public void ANullReferenceThrownUnderTheXlsxReaderPropagatesInsteadOfBlamingTheFile()
    {
        // The stream stands for Intake's own code under the reader: the reader calls it, and it fails.
        using var workbook = Workbook.Sheet("周报", ["指标", "本周"], ["整修路灯", 160]);
        using var failing = new FailingStream(workbook.ToArray(), () => new NullReferenceException("simulated bug under the reader"));

        var thrown = Assert.Throws<NullReferenceException>(() => Parser.Parse(failing, new ReportHints("城管局2022年第13周周报.xlsx")));

        Assert.Equal("simulated bug under the reader", thrown.Message);
    }

    [Fact]
    public void AnIndexOutOfRangeThrownUnderTheXlsReaderPropagatesToo()
    {
        using var workbook = XlsWorkbook.Write(("周报", [["指标", "本周"], ["整修路灯", 160]], []));
        using var failing = new FailingStream(workbook.ToArray(), () => new IndexOutOfRangeException("simulated bug under the reader"));

        Assert.Throws<IndexOutOfRangeException>(() => Parser.Parse(failing, new ReportHints("城管局2022年第13周周报.xls")));
    }

    [Fact]
    public void CorruptContentIsStillAnUnreadableFile()
    {
        var bytes = Workbook.Sheet("周报", ["指标", "本周"], ["整修路灯", 160]).ToArray();
        // Keep the zip's local header, break the rest.
        for (var i = 200; i < bytes.Length; i += 7)
        {
            bytes[i] ^= 0x5A;
        }

        var result = Parser.Parse(new MemoryStream(bytes), new ReportHints("城管局2022年第13周周报.xlsx"));

        Assert.Equal(IssueCodes.UnreadableFile, Assert.Single(result.Issues).Code);
    }

    [Fact]
    public void TheLibrarysOwnExceptionsAndThoseOfItsPartsAreContent()
    {
        Assert.True(ReaderFailure.IsContent(new ExcelDataReader.Exceptions.HeaderException("bad header")));
        Assert.True(ReaderFailure.IsContent(new InvalidDataException("bad zip")));
        Assert.True(ReaderFailure.IsContent(new System.Xml.XmlException("bad xml")));
        Assert.True(ReaderFailure.IsContent(new EndOfStreamException()));
    }

    [Fact]
    public void AnExceptionThrownOutsideTheLibraryIsABug()
    {
        var thrown = Record.Exception(() => ThrowHere(new NullReferenceException()))!;

        Assert.False(ReaderFailure.IsContent(thrown));
        Assert.False(ReaderFailure.IsContent(new UnreadableFileException(Core.Messages.MessageCatalog.FileEmpty)));
    }

    private static void ThrowHere(Exception exception) => throw exception;

    /// <summary>A stream over a workbook's bytes that fails when ExcelDataReader reads it (not when Intake's own checks do).</summary>
    private sealed class FailingStream(byte[] bytes, Func<Exception> failure) : MemoryStream(bytes)
    {
        public override int Read(byte[] buffer, int offset, int count) => ReadByLibrary() ? throw failure() : base.Read(buffer, offset, count);

        public override int Read(Span<byte> buffer) => ReadByLibrary() ? throw failure() : base.Read(buffer);

        private static bool ReadByLibrary() =>
            new System.Diagnostics.StackTrace().GetFrames().Any(f => f.GetMethod()?.DeclaringType?.Assembly == typeof(ExcelDataReader.ExcelReaderFactory).Assembly);
    }
}
