namespace Intake.Web.Access;

/// <summary>
/// Who is asking, as far as the page is concerned: a clerk of one reporting unit, the district office,
/// or anyone at all (open local mode). <see cref="Reporter"/> is null for the district and in open mode.
/// </summary>
public sealed record Visitor(string? Name, string? Reporter, bool IsDistrict, bool IsOpen)
{
    public const string DistrictCode = "shangjie";

    public static Visitor Anyone { get; } = new(null, null, true, true);

    /// <summary>True when this visitor may upload as <paramref name="reporter"/> (a clerk only as their own unit).</summary>
    public bool MayUploadAs(string? reporter) =>
        IsDistrict || (Reporter is not null && string.Equals(reporter, Reporter, StringComparison.OrdinalIgnoreCase));
}
