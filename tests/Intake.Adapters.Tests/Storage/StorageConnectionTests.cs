using Intake.Storage;
using Intake.Storage.Ingestion;
using Intake.Storage.Rollups;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Intake.Adapters.Tests.Storage;

public sealed class StorageConnectionTests
{
    private static readonly Dictionary<string, string?> IdentitySettings = new()
    {
        ["IntakeStorage:blobServiceUri"] = "https://intakedata.blob.core.windows.net",
        ["IntakeStorage:queueServiceUri"] = "https://intakedata.queue.core.windows.net",
        ["IntakeStorage:tableServiceUri"] = "https://intakedata.table.core.windows.net",
        ["IntakeStorage:credential"] = "managedidentity",
        ["IntakeStorage:clientId"] = "6f1c2f0e-3b7a-4d2c-9a51-0c8e6b7d9f21",
    };

    [Fact]
    public async Task IdentityBasedSettingsAloneBuildTheHandlersClientsForTheGivenServiceUris()
    {
        using var host = Build(IdentitySettings);

        await host.StartAsync();

        var storage = host.Services.GetRequiredService<IntakeStorage>();
        Assert.Equal(new Uri("https://intakedata.blob.core.windows.net"), storage.Blobs.Uri);
        Assert.Equal("intakedata", storage.Tables.AccountName);
        Assert.Equal(new Uri("https://intakedata.table.core.windows.net/IntakeFacts"), storage.Facts.Uri);
        Assert.Equal(new Uri("https://intakedata.blob.core.windows.net/reports-inbox"), storage.Container(StorageNames.InboxContainer).Uri);
        // A token credential, not an account key: nothing could sign a SAS with the account's key.
        Assert.False(storage.Blobs.CanGenerateAccountSasUri);
        Assert.NotNull(host.Services.GetRequiredService<IngestReportHandler>());
        Assert.NotNull(host.Services.GetRequiredService<BuildWeeklyRollupsHandler>());
        await host.StopAsync();
    }

    [Theory]
    [InlineData("IntakeStorage:blobServiceUri", "IntakeStorage__blobServiceUri")]
    [InlineData("IntakeStorage:queueServiceUri", "IntakeStorage__queueServiceUri")]
    [InlineData("IntakeStorage:tableServiceUri", "IntakeStorage__tableServiceUri")]
    [InlineData("IntakeStorage:credential", "IntakeStorage__credential")]
    public async Task AHalfGivenIdentityConnectionFailsAtStartNamingTheMissingSetting(string left, string named)
    {
        var settings = new Dictionary<string, string?>(IdentitySettings);
        settings.Remove(left);
        using var host = Build(settings);

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(named, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoStorageSettingFailsAtStartInsteadOfFallingBackToTheEmulator()
    {
        using var host = Build(new Dictionary<string, string?>());

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("IntakeStorage is missing", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("UseDevelopmentStorage", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AConnectionStringIsUsedAsItIs()
    {
        using var host = Build(new Dictionary<string, string?> { ["IntakeStorage"] = "UseDevelopmentStorage=true" });

        await host.StartAsync();

        Assert.Equal(new Uri("http://127.0.0.1:10000/devstoreaccount1"), host.Services.GetRequiredService<IntakeStorage>().Blobs.Uri);
        await host.StopAsync();
    }

    private static IHost Build(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddSingleton<IConfiguration>(builder.Configuration);
        builder.Services.AddLogging().AddIntake();
        return builder.Build();
    }
}
