using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Intake.Core.Layout;
using Intake.Storage;
using Intake.Storage.Ingestion;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.IntegrationTests.Support;

/// <summary>Builds an ingest handler over the test Azurite, optionally with a policy in every storage client.</summary>
internal static class HandlerFactory
{
    public static IngestReportHandler Create(AzuriteFixture azurite, HttpPipelinePolicy? policy = null, ISheetTableReader? tables = null) =>
        Create(azurite.ConnectionString, policy, tables);

    /// <summary>Builds an ingest handler over another storage than the shared test Azurite (one a test starts and stops itself).</summary>
    public static IngestReportHandler Create(string connectionString, HttpPipelinePolicy? policy = null, ISheetTableReader? tables = null)
    {
        var tableOptions = new TableClientOptions();
        var blobOptions = new BlobClientOptions();
        if (policy is not null)
        {
            tableOptions.AddPolicy(policy, HttpPipelinePosition.PerCall);
            blobOptions.AddPolicy(policy, HttpPipelinePosition.PerCall);
        }

        // The handler's collaborators come from AddIntake, as in the function app, over storage clients carrying the policy.
        var services = new ServiceCollection()
            .AddSingleton(new IntakeStorage(connectionString, tableOptions, blobOptions))
            .AddSingleton(new IntakeOptions { ReportLockLease = TimeSpan.FromSeconds(15) })
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().Build())
            .AddLogging();
        if (tables is not null)
        {
            services.AddSingleton(tables);
        }

        return services
            .AddIntake()
            .BuildServiceProvider()
            .GetRequiredService<IngestReportHandler>();
    }

    /// <summary>The inbox blob as a given handler's storage sees it.</summary>
    public static BlobClient Inbox(AzuriteFixture azurite, string blobName, HttpPipelinePolicy? policy = null) =>
        Inbox(azurite.ConnectionString, blobName, policy);

    /// <summary>The inbox blob of another storage than the shared test Azurite.</summary>
    public static BlobClient Inbox(string connectionString, string blobName, HttpPipelinePolicy? policy = null)
    {
        var options = new BlobClientOptions();
        if (policy is not null)
        {
            options.AddPolicy(policy, HttpPipelinePosition.PerCall);
        }

        return new BlobServiceClient(connectionString, options).GetBlobContainerClient(StorageNames.InboxContainer).GetBlobClient(blobName);
    }
}
