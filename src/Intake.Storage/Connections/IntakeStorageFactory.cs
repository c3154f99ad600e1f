using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;

namespace Intake.Storage.Connections;

/// <summary>Builds the handlers' Blob and Table clients from a connection string or from service URIs and an identity.</summary>
public static class IntakeStorageFactory
{
    public static IntakeStorage Create(StorageConnectionOptions options, TableClientOptions? tableOptions = null, BlobClientOptions? blobOptions = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        tableOptions ??= new TableClientOptions();
        blobOptions ??= new BlobClientOptions();
        if (!options.IsIdentityBased)
        {
            return new IntakeStorage(new TableServiceClient(options.ConnectionString, tableOptions), new BlobServiceClient(options.ConnectionString, blobOptions));
        }

        // The validator has checked that both URIs are there; this is only reached past it.
        var credential = Credential(options);
        return new IntakeStorage(
            new TableServiceClient(options.TableServiceUri!, credential, tableOptions),
            new BlobServiceClient(options.BlobServiceUri!, credential, blobOptions));
    }

    private static TokenCredential Credential(StorageConnectionOptions options) =>
        string.Equals(options.Credential, StorageConnectionValidator.ManagedIdentity, StringComparison.OrdinalIgnoreCase)
            ? new ManagedIdentityCredential(options.ClientId is { Length: > 0 } clientId
                ? ManagedIdentityId.FromUserAssignedClientId(clientId)
                : ManagedIdentityId.SystemAssigned)
            : new DefaultAzureCredential();
}
