using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Intake.Core.Catalog;
using Intake.Core.Layout;
using Intake.Core.Reports;
using Intake.Storage;
using Intake.Storage.Ingestion;
using Microsoft.Extensions.Logging.Abstractions;

namespace Intake.IntegrationTests.Support;

/// <summary>Builds an ingest handler over the test Azurite, optionally with a policy in every storage client.</summary>
internal static class HandlerFactory
{
    public static IngestReportHandler Create(AzuriteFixture azurite, HttpPipelinePolicy? policy = null, ISheetTableReader? tables = null)
    {
        var tableOptions = new TableClientOptions();
        var blobOptions = new BlobClientOptions();
        if (policy is not null)
        {
            tableOptions.AddPolicy(policy, HttpPipelinePosition.PerCall);
            blobOptions.AddPolicy(policy, HttpPipelinePosition.PerCall);
        }

        var storage = new IntakeStorage(azurite.ConnectionString, tableOptions, blobOptions);
        var options = new IntakeOptions { ReportLockLease = TimeSpan.FromSeconds(15) };
        var parser = new ReportParser(CatalogLoader.Default, options.Limits, tables ?? new SheetTableReader(CatalogLoader.Default));
        return new IngestReportHandler(storage, CatalogLoader.Default, parser, options, TimeProvider.System, NullLogger<IngestReportHandler>.Instance);
    }

    /// <summary>The inbox blob as a given handler's storage sees it.</summary>
    public static BlobClient Inbox(AzuriteFixture azurite, string blobName, HttpPipelinePolicy? policy = null)
    {
        var options = new BlobClientOptions();
        if (policy is not null)
        {
            options.AddPolicy(policy, HttpPipelinePosition.PerCall);
        }

        return new BlobServiceClient(azurite.ConnectionString, options).GetBlobContainerClient(StorageNames.InboxContainer).GetBlobClient(blobName);
    }
}
