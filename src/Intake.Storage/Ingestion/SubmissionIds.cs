using System.Security.Cryptography;
using System.Text;
using Azure;

namespace Intake.Storage.Ingestion;

/// <summary>
/// The id of a submission: one upload is one blob version, so a retry sees the same ETag and gets the
/// same id, while a re-upload under the same name gets a new one.
/// </summary>
public static class SubmissionIds
{
    public static string For(string blobName, ETag etag) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{blobName}\n{etag}")))[..24];
}
