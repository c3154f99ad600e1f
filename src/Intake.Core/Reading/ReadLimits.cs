namespace Intake.Core.Reading;

/// <summary>
/// Bounds that keep a hostile or broken upload from exhausting the worker. A file over any
/// of them is rejected as <c>unreadable-file</c>.
/// </summary>
public sealed class ReadLimits
{
    /// <summary>Largest upload read, in bytes. Default 50 MiB.</summary>
    public long MaxFileBytes { get; set; } = 50L * 1024 * 1024;

    /// <summary>
    /// Largest total uncompressed size of an xlsx package's parts. Default 1 GiB: a 1,000,000-row tidy
    /// sheet inflates to about 350 MB. Worksheets are streamed, so this bounds work, not memory.
    /// </summary>
    public long MaxUncompressedBytes { get; set; } = 1024L * 1024 * 1024;

    /// <summary>
    /// Largest uncompressed size of a part ExcelDataReader loads whole (the shared strings, the
    /// styles, the workbook), which it holds in memory at up to twice its size. Default 64 MiB.
    /// Worksheets are streamed row by row and are bounded by the total size, the rows, the columns
    /// and the time instead.
    /// </summary>
    public long MaxPartBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>Largest ratio of uncompressed to compressed size of any xlsx part over 1 MiB. Default 200.</summary>
    public double MaxCompressionRatio { get; set; } = 200;

    /// <summary>Most non-empty rows read from one file, all sheets together. Default 1,000,000.</summary>
    public int MaxRows { get; set; } = 1_000_000;

    /// <summary>Most columns read in one row; cells beyond are ignored. Default 256.</summary>
    public int MaxColumns { get; set; } = 256;

    /// <summary>Longest cell text, in characters. Default 32,767 (Excel's own cell limit).</summary>
    public int MaxCellLength { get; set; } = 32_767;

    /// <summary>
    /// Most errors, and most warnings, listed for one file; the rest are counted (the outcome says how many). Default
    /// 1,000: a report of a million rows that all repeat another would otherwise hold gigabytes of messages.
    /// </summary>
    public int MaxIssues { get; set; } = 1000;

    /// <summary>
    /// Longest time spent parsing one file. Default 120 s: a 200,000-row tidy workbook parses in a few
    /// seconds on a small machine, a 1,000,000-row one in well under a minute. A parse stuck inside the
    /// reader is abandoned 5 s after it.
    /// </summary>
    public TimeSpan MaxParseTime { get; set; } = TimeSpan.FromSeconds(120);
}
