using System.Text;

namespace Intake.Core.Periods;

/// <summary>
/// A text in NFKC (full-width digits, colons and dashes become ASCII) that remembers, for each of its chars,
/// which chars of the original produced it, so that matches can point into the text the caller gave.
/// </summary>
internal sealed class NormalizedText
{
    /// <summary>How many chars of the original are read; a period sits in a title or file name, not deep in prose.</summary>
    public const int ScanLimit = 4096;

    private readonly int[] _originalStart;
    private readonly int[] _originalEnd;

    private NormalizedText(string value, int[] originalStart, int[] originalEnd)
    {
        Value = value;
        _originalStart = originalStart;
        _originalEnd = originalEnd;
    }

    /// <summary>The normalized text.</summary>
    public string Value { get; }

    /// <summary>Normalizes the first <see cref="ScanLimit"/> chars of <paramref name="text"/>.</summary>
    public static NormalizedText Create(string text)
    {
        var length = Math.Min(text.Length, ScanLimit);
        if (length < text.Length && char.IsHighSurrogate(text[length - 1]))
        {
            length--;
        }

        var value = new StringBuilder(length);
        var starts = new List<int>(length);
        var ends = new List<int>(length);
        for (var i = 0; i < length;)
        {
            var unit = char.IsSurrogatePair(text, i) ? 2 : 1;
            value.Append(NormalizeUnit(text.Substring(i, unit)));
            while (starts.Count < value.Length)
            {
                starts.Add(i);
                ends.Add(i + unit);
            }

            i += unit;
        }

        return new NormalizedText(value.ToString(), [.. starts], [.. ends]);
    }

    /// <summary>
    /// The index and length in the original text of the normalized chars from <paramref name="start"/> up to,
    /// not including, <paramref name="end"/>.
    /// </summary>
    public (int Index, int Length) ToOriginal(int start, int end)
    {
        var index = _originalStart[start];
        return (index, _originalEnd[end - 1] - index);
    }

    private static string NormalizeUnit(string unit)
    {
        if (unit.Length == 1 && (char.IsAscii(unit[0]) || char.IsSurrogate(unit[0])))
        {
            // ASCII is already normalized; a lone surrogate would make Normalize throw, and matters to no period.
            return unit;
        }

        try
        {
            return unit.Normalize(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            // Some platforms refuse to normalize unassigned code points; those are no digits or dashes either.
            return unit;
        }
    }
}
