using System.Buffers.Binary;
using System.Text;

namespace Intake.Core.Reading;

/// <summary>Tells a spreadsheet from what offices mistake for one, by content rather than extension.</summary>
public static class FormatSniffer
{
    private static readonly byte[] ZipMagic = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] EmptyZipMagic = [0x50, 0x4B, 0x05, 0x06];
    private static readonly byte[] Ole2Magic = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private static readonly byte[] PdfMagic = "%PDF"u8.ToArray();
    private static readonly byte[][] ImageMagics =
    [
        [0x89, 0x50, 0x4E, 0x47], // PNG
        [0xFF, 0xD8, 0xFF], // JPEG
        "GIF8"u8.ToArray(),
    ];

    private static readonly string[] MarkupStarts = ["<!DOCTYPE html", "<html", "<table", "<?xml", "<!--", "<head", "<body", "<meta"];

    /// <summary>Looks at the first bytes of a seekable stream and puts it back where it was.</summary>
    public static SpreadsheetFormat Sniff(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var start = stream.Position;
        Span<byte> head = stackalloc byte[512];
        var length = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        stream.Position = start;
        return Sniff(head[..length]);
    }

    public static SpreadsheetFormat Sniff(ReadOnlySpan<byte> head)
    {
        if (head.IsEmpty)
        {
            return SpreadsheetFormat.Empty;
        }

        if (head.StartsWith(ZipMagic) || head.StartsWith(EmptyZipMagic))
        {
            return SpreadsheetFormat.Zip;
        }

        if (head.StartsWith(Ole2Magic) || IsRawBiff(head))
        {
            return SpreadsheetFormat.Binary;
        }

        if (head.StartsWith(PdfMagic))
        {
            return SpreadsheetFormat.Pdf;
        }

        foreach (var magic in ImageMagics)
        {
            if (head.StartsWith(magic))
            {
                return SpreadsheetFormat.Image;
            }
        }

        if (IsBitmap(head))
        {
            return SpreadsheetFormat.Image;
        }

        return LooksLikeHtml(head) ? SpreadsheetFormat.Html
            : LooksLikeText(head) ? SpreadsheetFormat.Text
            : SpreadsheetFormat.Unknown;
    }

    private static bool LooksLikeHtml(ReadOnlySpan<byte> head)
    {
        var text = Encoding.Latin1.GetString(head).TrimStart('\uFEFF', 'ï', '»', '¿', ' ', '\r', '\n', '\t');
        return MarkupStarts.Any(start => text.StartsWith(start, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// An Excel 2.x–5.0 worksheet saved without the OLE2 container starts straight with a BOF
    /// record: id, size, version, then the kind of substream (globals, sheet, chart, macro, workbook).
    /// </summary>
    private static bool IsRawBiff(ReadOnlySpan<byte> head)
    {
        if (head.Length < 8)
        {
            return false;
        }

        var id = BinaryPrimitives.ReadUInt16LittleEndian(head);
        var size = BinaryPrimitives.ReadUInt16LittleEndian(head[2..]);
        var kind = BinaryPrimitives.ReadUInt16LittleEndian(head[6..]);
        return id is 0x0009 or 0x0209 or 0x0409 or 0x0809
            && size is >= 4 and <= 32
            && kind is 0x0005 or 0x0006 or 0x0010 or 0x0020 or 0x0040 or 0x0100;
    }

    /// <summary>"BM" alone also starts ordinary text (a CSV headed "BMI"); a bitmap's reserved header bytes are zero.</summary>
    private static bool IsBitmap(ReadOnlySpan<byte> head) =>
        head.Length >= 10 && head.StartsWith("BM"u8) && head[6..10].IndexOfAnyExcept((byte)0) < 0;

    private static bool LooksLikeText(ReadOnlySpan<byte> head)
    {
        // UTF-16 text has NUL bytes; any BOM settles it.
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return true;
        }

        foreach (var b in head)
        {
            if (b == 0 || (b < 0x20 && b is not (byte)'\t' and not (byte)'\r' and not (byte)'\n' and not 0x1A and not 0x0C))
            {
                return false;
            }
        }

        return true;
    }
}
