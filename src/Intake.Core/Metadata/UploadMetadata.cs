namespace Intake.Core.Metadata;

/// <summary>
/// What an uploader says of an upload beside its content, carried as blob metadata: the CLI, the upload page
/// and the bench write it, the ingest handler reads it. Blob metadata is ASCII only, so a reporter travels as its code.
/// </summary>
/// <param name="Reporter">The reporter's code; null when not given.</param>
/// <param name="Period">The period code; null when not given.</param>
/// <param name="Form">The form; null when not given (the file name decides).</param>
public sealed record UploadMetadata(string? Reporter = null, string? Period = null, string? Form = null)
{
    private const string ReporterKey = "reporter";
    private const string PeriodKey = "period";
    private const string FormKey = "form";

    /// <summary>The blob metadata of this upload: one entry per value given.</summary>
    public IDictionary<string, string> ToBlobMetadata()
    {
        var metadata = new Dictionary<string, string>();
        Add(metadata, ReporterKey, Reporter);
        Add(metadata, PeriodKey, Period);
        Add(metadata, FormKey, Form);
        return metadata;
    }

    /// <summary>The upload metadata in <paramref name="metadata"/>, whatever the case of its keys.</summary>
    public static UploadMetadata FromBlobMetadata(IDictionary<string, string> metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        var keys = new Dictionary<string, string>(metadata, StringComparer.OrdinalIgnoreCase);
        return new UploadMetadata(keys.GetValueOrDefault(ReporterKey), keys.GetValueOrDefault(PeriodKey), keys.GetValueOrDefault(FormKey));
    }

    private static void Add(Dictionary<string, string> metadata, string key, string? value)
    {
        if (value is not null)
        {
            metadata[key] = value;
        }
    }
}
