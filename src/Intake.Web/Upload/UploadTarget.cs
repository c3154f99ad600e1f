using Intake.Core.Metadata;

namespace Intake.Web.Upload;

/// <summary>
/// Where an upload goes: the reporter and period given for it (blob metadata, so explicit sources for the parse)
/// and its blob name in reports-inbox, <c>{owner}/{file}</c>, whose first segment records whose upload it is.
/// </summary>
public sealed record UploadTarget(string? Reporter, string? Period, string FileName, string Owner)
{
    /// <summary>The owner segment of uploads sent without a reporter (open mode, the district office).</summary>
    public const string UnnamedOwner = "web";

    public string BlobName => $"{Owner}/{FileName}";

    public IDictionary<string, string> Metadata => new UploadMetadata(Reporter, Period).ToBlobMetadata();

    /// <summary>The owner segment of a blob name the page gave.</summary>
    public static string OwnerOf(string blobName) => blobName.Split('/')[0];
}
