namespace Intake.Core.Metadata;

/// <summary>Where a reporter or period was read from, in order of precedence.</summary>
public enum MetadataSource
{
    Explicit,
    Cell,
    FileName,
    BlobPath,
    FilingDate,
}
