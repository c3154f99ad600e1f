using System.Text;

namespace Intake.Core.Reading;

/// <summary>
/// Picks the encoding of a CSV the way Chinese offices save them: a BOM if there is one, else
/// UTF-8 when the whole file decodes strictly as UTF-8, else GB18030 (a superset of GBK and GB2312).
/// </summary>
public static class TextEncodingDetector
{
    public static Encoding Gb18030 { get; } = GetGb18030();

    /// <summary>Detects the encoding of a seekable stream and leaves it at its start.</summary>
    public static Encoding Detect(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        stream.Position = 0;
        Span<byte> bom = stackalloc byte[3];
        var read = stream.ReadAtLeast(bom, 3, throwOnEndOfStream: false);
        stream.Position = 0;
        if (read >= 3 && bom.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);
        }

        if (read >= 2 && bom.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Encoding.Unicode;
        }

        if (read >= 2 && bom.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Encoding.BigEndianUnicode;
        }

        var utf8 = IsStrictUtf8(stream);
        stream.Position = 0;
        return utf8 ? new UTF8Encoding(encoderShouldEmitUTF8Identifier: false) : Gb18030;
    }

    private static bool IsStrictUtf8(Stream stream)
    {
        var decoder = new UTF8Encoding(false, throwOnInvalidBytes: true).GetDecoder();
        var bytes = new byte[64 * 1024];
        var chars = new char[64 * 1024 + 4];
        try
        {
            int count;
            while ((count = stream.Read(bytes, 0, bytes.Length)) > 0)
            {
                decoder.GetChars(bytes, 0, count, chars, 0, flush: false);
            }

            decoder.GetChars([], 0, 0, chars, 0, flush: true);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    private static Encoding GetGb18030()
    {
        CodePages.EnsureRegistered();
        return Encoding.GetEncoding("GB18030");
    }
}
