namespace Intake.Storage.Connections;

/// <summary>
/// How Intake reaches its storage account, read from the setting <c>IntakeStorage</c> that also names
/// the blob trigger's connection: either a connection string (local use, Azurite), or, when that is
/// empty, an identity-based connection given by the service URIs under <c>IntakeStorage__</c>, as the
/// Functions host reads them. Nothing is defaulted: a missing or partial setting fails at start.
/// </summary>
public sealed class StorageConnectionOptions
{
    /// <summary>The value of <c>IntakeStorage</c> itself: a storage connection string. Default none.</summary>
    public string? ConnectionString { get; set; }

    /// <summary><c>IntakeStorage__blobServiceUri</c>, e.g. <c>https://acct.blob.core.windows.net</c>. Default none.</summary>
    public Uri? BlobServiceUri { get; set; }

    /// <summary>
    /// <c>IntakeStorage__queueServiceUri</c>. Default none. The handlers use no queue, but the blob trigger
    /// does, so an identity-based connection must name it.
    /// </summary>
    public Uri? QueueServiceUri { get; set; }

    /// <summary><c>IntakeStorage__tableServiceUri</c>, e.g. <c>https://acct.table.core.windows.net</c>. Default none.</summary>
    public Uri? TableServiceUri { get; set; }

    /// <summary>
    /// <c>IntakeStorage__credential</c>: <c>managedidentity</c> for the app's managed identity. Default none:
    /// the developer's own sign-in (Azure CLI, Visual Studio, environment), as <c>DefaultAzureCredential</c> finds it.
    /// </summary>
    public string? Credential { get; set; }

    /// <summary>
    /// <c>IntakeStorage__clientId</c>: the client id of a user-assigned managed identity. Default none: the
    /// system-assigned identity. Only with <c>credential</c> = <c>managedidentity</c>.
    /// </summary>
    public string? ClientId { get; set; }

    /// <summary>Whether the connection is identity-based rather than a connection string.</summary>
    public bool IsIdentityBased => string.IsNullOrWhiteSpace(ConnectionString);
}
