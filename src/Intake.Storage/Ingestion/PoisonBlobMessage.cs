using System.Text.Json;

namespace Intake.Storage.Ingestion;

/// <summary>
/// What the blob trigger puts on <see cref="QueueName"/> once an upload has failed
/// <c>poisonBlobThreshold</c> times:
/// <c>{"Type":"BlobTrigger","FunctionId":"…","BlobType":"BlockBlob","ContainerName":"reports-inbox","BlobName":"x.xlsx","ETag":"\"0x8D…\""}</c>.
/// </summary>
/// <param name="ContainerName">The container of the poisoned blob.</param>
/// <param name="BlobName">The blob's name within it.</param>
/// <param name="ETag">The version that failed (quoted, as the host writes it); null when the message has none.</param>
public sealed record PoisonBlobMessage(string ContainerName, string BlobName, string? ETag)
{
    /// <summary>The host's poison queue for blob triggers, in the account of <c>AzureWebJobsStorage</c>.</summary>
    public const string QueueName = "webjobs-blobtrigger-poison";

    /// <summary>The message; null when it is not JSON or does not name a container and a blob.</summary>
    public static PoisonBlobMessage? Parse(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || Text(root, nameof(ContainerName)) is not { Length: > 0 } container
                || Text(root, nameof(BlobName)) is not { Length: > 0 } blob)
            {
                return null;
            }

            return new PoisonBlobMessage(container, blob, Text(root, nameof(ETag)));
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Text(JsonElement message, string property) =>
        message.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
