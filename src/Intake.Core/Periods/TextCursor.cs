namespace Intake.Core.Periods;

/// <summary>A reading position in a normalized text, with the small steps the period grammar is made of.</summary>
internal sealed class TextCursor(string text, int position)
{
    // What offices put between the two ends of a range, once NFKC has turned full-width forms into ASCII:
    // hyphen-minus, tilde, the Unicode hyphens and dashes (‐ ‑ ‒ – — ―), minus sign and wave dash.
    private const string Dashes = "-~\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u301C";

    /// <summary>The index of the next char to read.</summary>
    public int Position { get; set; } = position;

    /// <summary>Whether everything has been read.</summary>
    public bool AtEnd => Position >= text.Length;

    /// <summary>The next char, or NUL at the end.</summary>
    public char Current => AtEnd ? '\0' : text[Position];

    /// <summary>The char before <see cref="Position"/>, or NUL at the start.</summary>
    public char Previous => Position == 0 ? '\0' : text[Position - 1];

    /// <summary>The last char before <see cref="Position"/> that is not white space, or NUL.</summary>
    public char PreviousNonSpace
    {
        get
        {
            var i = Position - 1;
            while (i >= 0 && char.IsWhiteSpace(text[i]))
            {
                i--;
            }

            return i < 0 ? '\0' : text[i];
        }
    }

    /// <summary>Moves past any white space.</summary>
    public void SkipSpaces()
    {
        while (!AtEnd && char.IsWhiteSpace(Current))
        {
            Position++;
        }
    }

    /// <summary>Moves past <paramref name="expected"/> if it comes next.</summary>
    public bool TryChar(char expected)
    {
        if (AtEnd || Current != expected)
        {
            return false;
        }

        Position++;
        return true;
    }

    /// <summary>Moves past white space and <paramref name="expected"/> if it comes next; else stays put.</summary>
    public bool TryCharAfterSpaces(char expected)
    {
        var start = Position;
        SkipSpaces();
        if (TryChar(expected))
        {
            return true;
        }

        Position = start;
        return false;
    }

    /// <summary>Moves past the ASCII letter <paramref name="lower"/> in either case.</summary>
    public bool TryLetter(char lower) => TryChar(lower) || TryChar(char.ToUpperInvariant(lower));

    /// <summary>Moves past <paramref name="word"/> if it comes next.</summary>
    public bool TryWord(string word)
    {
        if (!IsAt(word))
        {
            return false;
        }

        Position += word.Length;
        return true;
    }

    /// <summary>Moves past 日 or 号 closing a date, white space before it allowed.</summary>
    public bool TryDayMark() => TryCharAfterSpaces('日') || TryCharAfterSpaces('号');

    /// <summary>Whether <paramref name="word"/> comes next.</summary>
    public bool IsAt(string word) =>
        Position + word.Length <= text.Length && string.CompareOrdinal(text, Position, word, 0, word.Length) == 0;

    /// <summary>Moves past 周.</summary>
    public bool TryWeekMark() => TryChar('周');

    /// <summary>Moves past 季度 or 季.</summary>
    public bool TryQuarterMark() => TryWord("季度") || TryChar('季');

    /// <summary>Moves past what separates the ends of a range: 至, 到, or a run of dashes and tildes (——, ~).</summary>
    public bool TryRangeSeparator()
    {
        if (TryChar('至') || TryChar('到'))
        {
            return true;
        }

        var start = Position;
        while (!AtEnd && Dashes.Contains(Current))
        {
            Position++;
        }

        return Position > start;
    }

    /// <summary>Reads a whole run of ASCII digits whose length is within the bounds; a longer run is no match.</summary>
    public bool TryDigits(int minLength, int maxLength, out int value)
    {
        value = 0;
        var end = Position;
        while (end < text.Length && char.IsAsciiDigit(text[end]))
        {
            end++;
        }

        if (end - Position < minLength || end - Position > maxLength)
        {
            return false;
        }

        for (; Position < end; Position++)
        {
            value = value * 10 + (Current - '0');
        }

        return true;
    }

    /// <summary>Reads a year spelled in four Chinese digits, as 二〇二二.</summary>
    public bool TryChineseYear(out int year)
    {
        if (!SmallChineseNumeral.TryReadDigits(text, Position, 4, out year))
        {
            return false;
        }

        Position += 4;
        return true;
    }

    /// <summary>Reads a number of one or two digits, or a Chinese numeral below 100.</summary>
    public bool TryNumber(out int value)
    {
        if (TryDigits(1, 2, out value))
        {
            return true;
        }

        if (!SmallChineseNumeral.TryRead(text, Position, out value, out var length))
        {
            return false;
        }

        Position += length;
        return true;
    }
}
