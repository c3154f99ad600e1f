namespace Intake.Core.Reading;

/// <summary>
/// Bounds that keep a hostile or broken upload from exhausting the worker. A file over any
/// of them is rejected as <c>unreadable-file</c>.
/// </summary>
public sealed class ReadLimits
{
    /// <summary>Largest upload read, in bytes. Default 50 MiB.</summary>
    public long MaxFileBytes { get; set; } = 50L * 1024 * 1024;

    /// <summary>Largest total uncompressed size of an xlsx package's parts. Default 500 MiB.</summary>
    public long MaxUncompressedBytes { get; set; } = 500L * 1024 * 1024;

    /// <summary>
    /// Largest uncompressed size of any one part of an xlsx package. Default 64 MiB, a sheet of a
    /// few hundred thousand rows. ExcelDataReader holds the shared strings, the styles and a sheet's
    /// merged ranges in memory whole, at up to twice their size.
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
    /// Longest time spent parsing one file. Default 20 s, so that with the CLI's 5 s of grace no
    /// file keeps <c>intake parse</c> busy for more than 30 s.
    /// </summary>
    public TimeSpan MaxParseTime { get; set; } = TimeSpan.FromSeconds(20);
}
