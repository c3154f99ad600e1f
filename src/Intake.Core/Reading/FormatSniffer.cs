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
        "BM"u8.ToArray(),
    ];

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

        if (head.StartsWith(Ole2Magic))
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

        return LooksLikeHtml(head) ? SpreadsheetFormat.Html
            : LooksLikeText(head) ? SpreadsheetFormat.Text
            : SpreadsheetFormat.Unknown;
    }

    private static bool LooksLikeHtml(ReadOnlySpan<byte> head)
    {
        var text = Encoding.Latin1.GetString(head).TrimStart('\uFEFF', 'ï', '»', '¿', ' ', '\r', '\n', '\t');
        return text.StartsWith("<!DOCTYPE html", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("<table", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase);
    }

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
