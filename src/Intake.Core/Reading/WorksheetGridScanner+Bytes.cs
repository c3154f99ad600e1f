using System.Buffers;
using System.Diagnostics;

namespace Intake.Core.Reading;

/// <summary>
/// The scan over the part's bytes: tags are found by their angle brackets (quoted attribute values
/// skipped), and only <c>sheetData</c>, <c>row</c> and <c>c</c> are looked into, for their <c>r</c>.
/// </summary>
internal static partial class WorksheetGridScanner
{
    private const int ChunkBytes = 64 * 1024;

    // A tag longer than this is nothing a spreadsheet program writes; the XML scan judges it.
    private const int LongestTag = 16 * 1024;

    private enum TagPeek
    {
        Skip,
        Look,
        NeedsMoreData,
    }

    private enum TagVerdict
    {
        Continue,
        NotAWorksheet,
        NeedsXmlParser,
    }

    /// <summary>False when the part holds something only an XML parser can judge; the part is then scanned again.</summary>
    private static bool TryScanBytes(Stream part, GridWalk walk, ReadLimits limits, Stopwatch clock)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(ChunkBytes + LongestTag);
        try
        {
            var filled = 0;
            var tags = 0;
            var root = true;
            var start = true;
            while (true)
            {
                var read = part.Read(buffer, filled, buffer.Length - filled);
                filled += read;
                if (start && filled >= 2 && (buffer[0], buffer[1]) is (0xFE, 0xFF) or (0xFF, 0xFE))
                {
                    return false;
                }

                start = false;
                var data = buffer.AsSpan(0, filled);
                var at = 0;
                while (true)
                {
                    var open = data[at..].IndexOf((byte)'<');
                    if (open < 0)
                    {
                        at = filled;
                        break;
                    }

                    open += at;
                    var peek = Peek(data[open..], root);
                    if (peek == TagPeek.NeedsMoreData)
                    {
                        at = open;
                        break;
                    }

                    if (++tags % ElementsPerClockCheck == 0)
                    {
                        SpreadsheetReader.CheckTime(limits, clock);
                    }

                    if (peek == TagPeek.Skip)
                    {
                        // '<' never stands inside text or an attribute value, so the next one opens the next tag.
                        at = open + 1;
                        continue;
                    }

                    if (!root && walk.InSheetData && TryPlainReference(data[open..], walk, out var referenceEnd))
                    {
                        at = open + referenceEnd;
                        continue;
                    }

                    var close = TagEnd(data, open);
                    if (close < 0)
                    {
                        at = open;
                        break;
                    }

                    switch (Visit(data[open..(close + 1)], walk, ref root))
                    {
                        case TagVerdict.NotAWorksheet:
                            return true;
                        case TagVerdict.NeedsXmlParser:
                            return false;
                    }

                    at = close + 1;
                }

                if (read == 0)
                {
                    // An unfinished tag at the end is malformed XML: ExcelDataReader reports it.
                    return true;
                }

                var carry = filled - at;
                if (carry > LongestTag)
                {
                    return false;
                }

                data[at..].CopyTo(buffer);
                filled = carry;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>The index of the '>' closing the tag opened at <paramref name="open"/>, or -1 if it is not in the data yet.</summary>
    private static int TagEnd(ReadOnlySpan<byte> data, int open)
    {
        var at = open + 1;
        while (at < data.Length)
        {
            var next = data[at..].IndexOfAny((byte)'>', (byte)'"', (byte)'\'');
            if (next < 0)
            {
                return -1;
            }

            at += next;
            if (data[at] == '>')
            {
                return at;
            }

            var quote = data[(at + 1)..].IndexOf(data[at]);
            if (quote < 0)
            {
                return -1;
            }

            at += quote + 2;
        }

        return -1;
    }

    /// <summary>
    /// Whether the tag opened at the start of <paramref name="data"/> could matter, from its first bytes alone:
    /// values, strings and formulas (<c>&lt;v&gt;</c>, <c>&lt;t&gt;</c>, <c>&lt;is&gt;</c>, <c>&lt;f&gt;</c>,
    /// <c>&lt;/c&gt;</c>) are most of a sheet's tags and none names a row or cell, so only a name that could
    /// (c…, r…, s…, the root, a declaration, or a prefixed one) is looked into.
    /// </summary>
    private static TagPeek Peek(ReadOnlySpan<byte> data, bool root)
    {
        if (data.Length < 3)
        {
            return TagPeek.NeedsMoreData;
        }

        if (root || data[1] is (byte)'c' or (byte)'r' or (byte)'s' or (byte)'?' or (byte)'!')
        {
            return TagPeek.Look;
        }

        if (data[1] == '/')
        {
            return data[2] is (byte)'s' or (byte)'S' ? TagPeek.Look : PeekPrefix(data[2..]);
        }

        return PeekPrefix(data[1..]);
    }

    /// <summary>
    /// The shape nearly every row and cell tag has: <c>&lt;row r="12"</c> or <c>&lt;c r="AB12"</c> with the reference
    /// inside the grid. It is taken from the bytes at once, and the scan goes on after its closing quote (no '&lt;'
    /// can come before the tag ends). Anything else, or a tag cut by the end of the buffer, goes the general way.
    /// </summary>
    private static bool TryPlainReference(ReadOnlySpan<byte> data, GridWalk walk, out int end)
    {
        end = 0;
        var isRow = data.StartsWith("<row r=\""u8);
        if (!isRow && !data.StartsWith("<c r=\""u8))
        {
            return false;
        }

        var at = isRow ? 8 : 6;
        long column = 0;
        var letters = 0;
        for (; !isRow && at < data.Length && letters <= 3 && data[at] is >= (byte)'A' and <= (byte)'Z'; at++, letters++)
        {
            column = column * 26 + (data[at] - 'A' + 1);
        }

        long row = 0;
        var digits = 0;
        for (; at < data.Length && digits <= 7 && data[at] is >= (byte)'0' and <= (byte)'9'; at++, digits++)
        {
            row = row * 10 + (data[at] - '0');
        }

        if (at >= data.Length || data[at] != '"' || digits is 0 or > 7 || row is < 1 or > GridRows
            || (!isRow && (letters is 0 or > 3 || column > GridColumns)))
        {
            return false;
        }

        if (isRow)
        {
            walk.RowInside(row);
        }
        else
        {
            walk.CellInside(column);
        }

        end = at + 1;
        return true;
    }

    private static TagPeek PeekPrefix(ReadOnlySpan<byte> name)
    {
        var end = name.IndexOfAny(" \t\r\n/>"u8);
        return end < 0 ? TagPeek.NeedsMoreData : name[..end].Contains((byte)':') ? TagPeek.Look : TagPeek.Skip;
    }

    /// <summary>Looks into a tag <see cref="Peek"/> kept: the root, <c>sheetData</c>, and each <c>row</c> and <c>c</c> for its <c>r</c>.</summary>
    private static TagVerdict Visit(ReadOnlySpan<byte> tag, GridWalk walk, ref bool root)
    {
        if (tag.Length < 3)
        {
            return TagVerdict.Continue;
        }

        switch (tag[1])
        {
            case (byte)'?':
                return TagVerdict.Continue;
            case (byte)'!':
                // A comment, CDATA or a DTD: where tags begin and end is the XML parser's to say.
                return TagVerdict.NeedsXmlParser;
            case (byte)'/':
                if (LocalName(tag[2..], out _).SequenceEqual("sheetData"u8))
                {
                    walk.EndSheetData();
                }

                return TagVerdict.Continue;
        }

        var name = LocalName(tag[1..], out var nameLength);
        if (root)
        {
            root = false;
            return name.SequenceEqual("worksheet"u8) ? TagVerdict.Continue : TagVerdict.NotAWorksheet;
        }

        var empty = tag[^2] == '/';
        if (name.SequenceEqual("sheetData"u8))
        {
            walk.StartSheetData(empty);
            return TagVerdict.Continue;
        }

        var isRow = name.SequenceEqual("row"u8);
        if (!walk.InSheetData || (!isRow && !name.SequenceEqual("c"u8)))
        {
            return TagVerdict.Continue;
        }

        if (!TryReferenceAttribute(tag[(1 + nameLength)..^1], out var reference))
        {
            return TagVerdict.NeedsXmlParser;
        }

        Span<char> text = reference.Length <= 64 ? stackalloc char[reference.Length] : new char[reference.Length];
        for (var i = 0; i < reference.Length; i++)
        {
            text[i] = (char)reference[i];
        }

        if (isRow)
        {
            walk.Row(text);
        }
        else
        {
            walk.Cell(text);
        }

        return TagVerdict.Continue;
    }

    /// <summary>The element's name without its prefix (<c>x:row</c> → <c>row</c>); the prefixed length comes back too.</summary>
    private static ReadOnlySpan<byte> LocalName(ReadOnlySpan<byte> text, out int length)
    {
        length = text.IndexOfAny(" \t\r\n/>"u8);
        length = length < 0 ? text.Length : length;
        var name = text[..length];
        var colon = name.LastIndexOf((byte)':');
        return colon < 0 ? name : name[(colon + 1)..];
    }

    /// <summary>
    /// The value of the unprefixed <c>r</c> attribute (empty when there is none). False when the
    /// attributes are not plainly written (a character or entity reference, a stray character).
    /// </summary>
    private static bool TryReferenceAttribute(ReadOnlySpan<byte> attributes, out ReadOnlySpan<byte> reference)
    {
        reference = default;
        var at = 0;
        while (true)
        {
            while (at < attributes.Length && attributes[at] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
            {
                at++;
            }

            if (at >= attributes.Length || attributes[at] == '/')
            {
                return true;
            }

            var equals = attributes[at..].IndexOf((byte)'=');
            if (equals < 0)
            {
                return false;
            }

            var name = attributes.Slice(at, equals).TrimEnd(" \t\r\n"u8);
            at += equals + 1;
            while (at < attributes.Length && attributes[at] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
            {
                at++;
            }

            if (at >= attributes.Length || attributes[at] is not ((byte)'"' or (byte)'\''))
            {
                return false;
            }

            var end = attributes[(at + 1)..].IndexOf(attributes[at]);
            if (end < 0)
            {
                return false;
            }

            var value = attributes.Slice(at + 1, end);
            at += end + 2;
            if (name.SequenceEqual("r"u8))
            {
                if (value.Contains((byte)'&'))
                {
                    return false;
                }

                reference = value;
            }
        }
    }
}
